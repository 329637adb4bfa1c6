package com.bistro92;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.server.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A real Bistro92 server on a free port with a real H2 in a temporary folder (or, in the run on
 * PostgreSQL, that folder's own database: {@link TestDatabase}), plus an HTTP client.
 * Started cheaply ({@link CheapStart}) unless a test asks for the real certificate.
 */
public final class TestApp implements AutoCloseable {

    private Bistro92 app;
    private final HttpClient http;
    private final Path data;

    private TestApp(Bistro92 app, Path data) {
        this.app = app;
        this.data = data;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static TestApp start(Path data) throws Exception {
        return start(data, Clock.systemDefaultZone());
    }

    public static TestApp start(Path data, Clock clock) throws Exception {
        return start(data, clock, Limits.DEFAULT);
    }

    /** Started cheaply ({@link CheapStart}): PINs hashed at the scratch cost, the tests' one certificate. */
    public static TestApp start(Path data, Clock clock, Limits limits) throws Exception {
        return new TestApp(CheapStart.start(new Options(true, false, 0, data), clock, Bistro92.Storage.DEFAULT,
                limits), data);
    }

    /** Started as the real suite starts, with the data folder's own certificate: for tests of that certificate. */
    public static TestApp startWithOwnCertificate(Path data) throws Exception {
        return startWithOwnCertificate(data, Clock.systemDefaultZone());
    }

    /** As {@link #startWithOwnCertificate(Path)}, on {@code clock}. */
    public static TestApp startWithOwnCertificate(Path data, Clock clock) throws Exception {
        return new TestApp(Bistro92.start(TestDatabase.choose(new Options(true, false, 0, data)), clock), data);
    }

    /**
     * Started as {@link #startWithOwnCertificate(Path)}, on the given ports: a restart of the suite,
     * on the same data, where its clients knew it.
     */
    public static TestApp startWithOwnCertificate(Path data, int port, int tlsPort) throws Exception {
        return new TestApp(Bistro92.start(TestDatabase.choose(
                new Options(true, false, port, tlsPort, data, false, true, 0, false, false)), Clock.systemDefaultZone()), data);
    }

    /** The staff credential, as {@code Authorization} header value. */
    public String staffAuthorization() {
        return "Bearer " + app.staffToken().value();
    }

    public Bistro92 app() {
        return app;
    }

    public Path data() {
        return data;
    }

    public ObjectMapper json() {
        return app.json();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    public URI ws(String path) {
        return URI.create("ws://127.0.0.1:" + app.port() + path);
    }

    public HttpClient client() {
        return http;
    }

    /** A response with its body parsed as JSON (or null when the body is empty). */
    public record Reply(int status, JsonNode body, Map<String, java.util.List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    public Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public Reply postJson(String path, String body) throws Exception {
        return send(post(path, body, "application/json"));
    }

    public HttpRequest post(String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    /** Sends as staff, unless the request carries an {@code Authorization} of its own. */
    public Reply send(HttpRequest request) throws Exception {
        try {
            return parse(http.send(asStaff(request), HttpResponse.BodyHandlers.ofString()));
        } catch (java.io.IOException e) {
            // the client picked a pooled connection that the server had just closed after refusing a
            // malformed request: nothing reached the server, so send once more on a new connection
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return parse(http.send(asStaff(request), HttpResponse.BodyHandlers.ofString()));
        }
    }

    /** Sends as staff, unless the request carries an {@code Authorization} of its own. */
    public CompletableFuture<Reply> sendAsync(HttpRequest request) {
        return http.sendAsync(asStaff(request), HttpResponse.BodyHandlers.ofString()).thenApply(this::parse);
    }

    /** Sends exactly as given: from this computer without a token, the seed contract's way. */
    public Reply sendAnonymous(HttpRequest request) throws Exception {
        return parse(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest asStaff(HttpRequest request) {
        if (request.headers().firstValue("Authorization").isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", staffAuthorization())
                .build();
    }

    private Reply parse(HttpResponse<String> r) {
        try {
            String type = r.headers().firstValue("Content-Type").orElse("json");
            // a page or a script (the API's documentation) has no JSON body to read
            JsonNode body = r.body() == null || r.body().isEmpty() || !type.contains("json") ? null
                    : json().readTree(r.body());
            return new Reply(r.statusCode(), body, r.headers().map());
        } catch (Exception e) {
            throw new AssertionError("Response is not JSON: " + r.body(), e);
        }
    }

    /** Places a seed order and returns its JSON, asserting 201. */
    public JsonNode placeOrder(String table, String item, int quantity) throws Exception {
        Reply reply = postJson("/api/order", """
                {"table": "%s", "items": [{"name": "%s", "quantity": %d}]}""".formatted(table, item, quantity));
        assertThat(reply.status()).as("POST /api/order answer: %s", reply.body()).isEqualTo(201);
        return reply.body();
    }

    /** Restores {@code backup} over the running app and goes on with the restored one. */
    public Restore.Restored restore(Path backup, java.util.function.Consumer<Restore.Step> steps) throws Exception {
        Restore.Restored restored = Restore.run(app, backup, steps);
        app = restored.app();
        return restored;
    }

    /** Sets the tax on bills in Settings, as a manager would. */
    public void setTax(String ratePercent, boolean included) {
        com.bistro92.settings.Settings s = app.settings().current();
        app.settings().change(new com.bistro92.settings.Settings(s.port(), s.tlsPort(), s.warnAfter(), s.lateAfter(),
                s.sound(), s.theme(), s.currency(), s.autoLock(), s.backupFolder(), s.backupDaily(), s.backupAt(),
                s.backupKeep(), s.trainingData(), s.padsRequireTls(), s.serverNames(),
                new java.math.BigDecimal(ratePercent), included), null).join();
    }

    /** Rows in a table, read straight from the database. */
    public int rows(String table) {
        return app.database().dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table.toUpperCase())));
    }

    @Override
    public void close() {
        app.close();
        http.shutdownNow();
    }
}
