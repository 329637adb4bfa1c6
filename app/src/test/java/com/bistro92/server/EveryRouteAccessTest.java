package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the server's route table, called by every kind of caller, answers as its declared
 * {@link Access} says: a caller it lets in is never answered 401 or 403 by the access rules (a 400,
 * 404, 415 or 422 for the empty body or the made-up id counts as let in), and a caller it does not is
 * answered the documented 401 or 403, with its title. The routes come from the table, none is listed
 * here; callers from another computer come from a real second address ({@link LanHost}).
 */
class EveryRouteAccessTest {

    /** A well-formed id that names nothing, so that no call changes what the next one finds. */
    private static final String ID = "424242";

    @TempDir
    static Path data;
    static TestApp app;
    static String padToken;
    static String revokedToken;
    static String displayToken;
    static String integrationToken;

    /** The callers, each as it reaches the server. */
    enum Who {
        THIS_COMPUTER_WITHOUT_TOKEN(false),
        THIS_COMPUTER_WITH_A_BAD_TOKEN(false),
        STAFF(false),
        PAD(true),
        DISPLAY(true),
        STAFF_TOKEN_FROM_ANOTHER_ADDRESS(true),
        REVOKED_TOKEN(true),
        NO_TOKEN_FROM_ANOTHER_ADDRESS(true),
        PAD_OVER_PLAIN_HTTP(true),
        /** The web pad: its token in the HttpOnly cookie, from its own page (which a browser names in Origin). */
        PAD_COOKIE(true),
        REVOKED_COOKIE(true),
        /** An inventory or accounting system on another computer, by its integration token. */
        INTEGRATION(true);

        final boolean fromTheLan;

        Who(boolean fromTheLan) {
            this.fromTheLan = fromTheLan;
        }
    }

    /** What a caller must get: let in, or refused with this status and title. */
    record Expected(boolean letIn, int status, String title) {
        static final Expected LET_IN = new Expected(true, 0, null);

        static Expected refused(int status, String title) {
            return new Expected(false, status, title);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        LanHost.get();
        app = TestApp.start(data);
        padToken = pairPad(4);
        JsonNode revoked = pairPadReply(5);
        revokedToken = revoked.get("token").asText();
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/pads/" + revoked.get("pad").get("pad_id").asLong()))
                .DELETE().build()).status()).isEqualTo(200);
        String code = app.postJson("/api/v1/displays/pairing-code", "{}").body().get("code").asText();
        TestApp.Reply display = app.sendAnonymous(app.post("/api/v1/displays/pair",
                "{\"code\":\"" + code + "\",\"name\":\"Pass screen\"}", "application/json"));
        assertThat(display.status()).as("%s", display.body()).isEqualTo(201);
        displayToken = display.body().get("token").asText();
        integrationToken = app.postJson("/api/v1/integrations", "{\"name\":\"Stockroom\"}").body().get("token")
                .asText();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String pairPad(int table) throws Exception {
        return pairPadReply(table).get("token").asText();
    }

    private static JsonNode pairPadReply(int table) throws Exception {
        String code = app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}").body().get("code").asText();
        TestApp.Reply paired = app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\",\"name\":\"Pad\"}");
        assertThat(paired.status()).as("%s", paired.body()).isEqualTo(201);
        return paired.body();
    }

    /** What the declared rule says {@code who} must get. */
    static Expected expected(Who who, Access access) {
        if (who == Who.PAD_OVER_PLAIN_HTTP) {
            return Expected.refused(403, "Use HTTPS");
        }
        if (access.pairing()) {
            // a pairing attempt is let in whatever it carries, and counted by the pairing gate
            return Expected.LET_IN;
        }
        return switch (who) {
            case THIS_COMPUTER_WITHOUT_TOKEN -> byRule(access, Access.Kind.THIS_COMPUTER);
            case STAFF -> byRule(access, Access.Kind.STAFF);
            case PAD -> byRule(access, Access.Kind.PAD);
            case PAD_COOKIE -> byRule(access, Access.Kind.PAD_COOKIE);
            case INTEGRATION -> byRule(access, Access.Kind.INTEGRATION);
            // a stale cookie does not lock the open pages (the pad's own page must pair it again)
            case REVOKED_COOKIE -> access.admits(Access.Kind.ANYONE) ? Expected.LET_IN
                    : Expected.refused(401, "Not paired");
            case DISPLAY -> access.admits(Access.Kind.DISPLAY) ? Expected.LET_IN
                    : Expected.refused(403, "Not for displays");
            case NO_TOKEN_FROM_ANOTHER_ADDRESS -> access.admits(Access.Kind.ANYONE) ? Expected.LET_IN
                    : Expected.refused(401, "Not paired");
            // a token that is not valid is refused wherever it is checked, and only staff's own
            // computer makes the staff token staff's
            case THIS_COMPUTER_WITH_A_BAD_TOKEN, STAFF_TOKEN_FROM_ANOTHER_ADDRESS, REVOKED_TOKEN ->
                    Expected.refused(401, "Not paired");
            case PAD_OVER_PLAIN_HTTP -> throw new AssertionError("answered above");
        };
    }

    private static Expected byRule(Access access, Access.Kind kind) {
        return access.admits(kind) ? Expected.LET_IN : Expected.refused(403, access.title());
    }

    /** The route's path with a valid id in each parameter: a line number for {@code {line}}, else an id that names nothing. */
    static String concrete(String path) {
        return path.replace("{line}", "1").replaceAll("\\{[^}]+}", ID);
    }

    @Test
    void everyRouteAnswersEveryCallerAsItsDeclaredRuleSays() throws Exception {
        List<Router.RouteInfo> routes = app.app().routes();
        assertThat(routes).as("the route table").hasSizeGreaterThanOrEqualTo(40);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Router.RouteInfo route : routes) {
            for (Who who : Who.values()) {
                Expected expected = expected(who, route.access());
                Answer answer = call(who, route.method(), concrete(route.path()));
                calls++;
                boolean right = expected.letIn()
                        ? answer.status() != 401 && answer.status() != 403 && answer.status() != 405
                        : answer.status() == expected.status() && expected.title().equals(answer.title());
                if (!right) {
                    wrong.add("%s %s as %s: expected %s, got %d %s".formatted(route.method(), route.path(), who,
                            expected.letIn() ? "let in" : expected.status() + " " + expected.title(),
                            answer.status(), answer.title()));
                }
            }
        }
        assertThat(calls).isEqualTo(routes.size() * Who.values().length);
        assertThat(wrong).as("answers that do not match the route's declared rule").isEmpty();
    }

    @Test
    void theTableNamesWhoMayCallEveryRouteAndEveryKindOfCallerIsLetInSomewhere() {
        List<Router.RouteInfo> routes = app.app().routes();
        assertThat(routes).allSatisfy(r -> assertThat(r.access()).as("%s %s", r.method(), r.path()).isNotNull());
        Set<Access.Kind> somewhere = routes.stream().flatMap(r -> r.access().callers().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Access.Kind.class)));
        assertThat(somewhere).containsExactlyInAnyOrder(Access.Kind.values());
        assertThat(routes).filteredOn(r -> r.access().pairing()).extracting(Router.RouteInfo::path)
                .containsExactlyInAnyOrder("/api/v1/pads/pair", "/api/v1/displays/pair");
        assertThat(routes).filteredOn(r -> r.access().admits(Access.Kind.DISPLAY))
                .extracting(r -> r.method() + " " + r.path())
                .as("what a display may reach: its feed, who it is, where HTTPS is, the API's description, how to trust"
                        + " the root, the web pad's files (which hold no data), a table's opening page, and the kitchen's steps")
                .containsExactlyInAnyOrder("GET /ws/orders", "GET /api/v1/displays/me", "GET /api/v1/displays/tls",
                        "POST /api/v1/displays/pair", "POST /api/v1/pads/pair",
                        "GET /openapi.json", "GET /docs", "GET /docs/{file}",
                        "GET /trust", "GET /trust/trust.css", "GET /trust/bistro92-root.crt",
                        "GET /trust/bistro92-root.mobileconfig",
                        "GET /pad", "GET /pad/sw.js", "GET /pad/manifest.webmanifest", "GET /pad/v/{version}/{file}",
                        "GET /open/{token}", "POST /open/{token}",
                        "POST /api/v1/orders/{id}/status", "POST /api/v1/orders/{id}/received",
                        "POST /api/v1/orders/{id}/lines/done", "POST /api/v1/orders/{id}/lines/undone",
                        "POST /api/v1/orders/{id}/lines/{line}/done", "POST /api/v1/orders/{id}/lines/{line}/undone");
    }

    /** The table in docs/ARCHITECTURE.md says what the route table says: the same routes, each with its rule. */
    @Test
    void theArchitectureDocumentListsEveryRouteWithItsRule() throws Exception {
        java.util.Map<Access, String> names = new java.util.HashMap<>();
        for (java.lang.reflect.Field field : Access.class.getFields()) {
            if (field.getType() == Access.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                names.put((Access) field.get(null), field.getName());
            }
        }
        Set<String> declared = app.app().routes().stream()
                .map(r -> r.method() + " " + r.path() + " " + names.get(r.access()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(
                "^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\| .*\\(`([A-Z_]+)`\\) \\|$");
        Set<String> documented = java.nio.file.Files.readAllLines(Path.of("..", "docs", "ARCHITECTURE.md")).stream()
                .map(row::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(documented).as("docs/ARCHITECTURE.md's table of who may call what").isEqualTo(declared);
    }

    /** An answer's status and its problem's title (null when it has none). */
    record Answer(int status, String title) {
        static Answer of(int status, JsonNode body) {
            return new Answer(status, body != null && body.has("title") ? body.get("title").asText() : null);
        }
    }

    private static Answer call(Who who, String method, String path) throws Exception {
        if (who.fromTheLan) {
            return fromTheLan(who, method, path);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        switch (who) {
            case STAFF -> request.header("Authorization", app.staffAuthorization());
            case THIS_COMPUTER_WITH_A_BAD_TOKEN -> request.header("Authorization", "Bearer not-a-token-" + "x".repeat(30));
            default -> {
            }
        }
        TestApp.Reply reply = app.sendAnonymous(request.build());
        return Answer.of(reply.status(), reply.body());
    }

    private static Answer fromTheLan(Who who, String method, String path) throws Exception {
        // each caller is a device of its own, so that one's pairing attempts never hold up another's
        int device = who.ordinal();
        String token = switch (who) {
            case PAD, PAD_OVER_PLAIN_HTTP, PAD_COOKIE -> padToken;
            case DISPLAY -> displayToken;
            case INTEGRATION -> integrationToken;
            case STAFF_TOKEN_FROM_ANOTHER_ADDRESS -> app.app().staffToken().value();
            case REVOKED_TOKEN, REVOKED_COOKIE -> revokedToken;
            default -> null;
        };
        try (LanClient client = who == Who.PAD_OVER_PLAIN_HTTP ? LanClient.http(device, app.app().port())
                : LanClient.https(device, app.app().tlsPort(), app.app().fingerprint())) {
            LanClient.Reply reply = who == Who.PAD_COOKIE || who == Who.REVOKED_COOKIE
                    ? client.request(method, path, null, null, List.of("Connection: close",
                            "Cookie: __Host-bistro92-pad=" + token,
                            "Origin: https://" + client.host()))
                    : client.request(method, path, token, null, List.of("Connection: close"));
            return Answer.of(reply.status(), reply.text().isEmpty() ? null : reply.body());
        }
    }
}
