package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.SharedServerTest;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each operation's {@code x-bistro92-callers} says exactly who may call it: every caller it names is
 * let through (answered anything but 401 or 403), and every other caller is refused with 401 or 403.
 * The probes name ids that do not exist and send empty bodies, so those let through change nothing.
 * Callers are probed from this computer: a device on the LAN without a token (the rest of
 * {@code ANYONE}) is refused by the access guard before any route, and the LAN tests cover it. The
 * feed, a WebSocket, has tests of its own.
 */
class ApiCallersTest extends SharedServerTest {

    private static final Set<String> PROBED = Set.of("THIS_COMPUTER", "PAD", "DISPLAY", "STAFF");
    private static final Map<String, String> PATH_VALUES = Map.of("{id}", "999999", "{line}", "1",
            "{file}", "swagger-ui.css", "{token}", "AAAAAAAAAAAAAAAAAAAAAA", "{version}", "0123456789ab");

    @Test
    void everyOperationLetsInExactlyTheCallersItNames() throws Exception {
        Map<String, String> authorization = new LinkedHashMap<>();
        authorization.put("THIS_COMPUTER", null);
        authorization.put("PAD", "Bearer " + padToken());
        authorization.put("DISPLAY", "Bearer " + displayToken());
        authorization.put("STAFF", app.staffAuthorization());
        JsonNode description = app.sendAnonymous(HttpRequest.newBuilder(app.uri("/openapi.json")).build()).body();

        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (ApiDescriptionTest.Operation op : ApiDescriptionTest.operations(description)) {
            if (op.path().startsWith("/ws/")) {
                continue;
            }
            Set<String> callers = op.callers().contains("ANYONE") ? PROBED : op.callers();
            for (Map.Entry<String, String> caller : authorization.entrySet()) {
                TestApp.Reply reply = probe(op, caller.getValue());
                probes++;
                boolean refused = reply.status() == 401 || reply.status() == 403;
                if (refused == callers.contains(caller.getKey())) {
                    wrong.add("%s as %s: %d %s".formatted(op.key(), caller.getKey(), reply.status(),
                            reply.body() == null ? "" : reply.body().path("title").asText()));
                }
            }
        }
        assertThat(wrong).as("callers let in or refused against the description").isEmpty();
        assertThat(probes).isGreaterThanOrEqualTo(4 * 40);
    }

    private TestApp.Reply probe(ApiDescriptionTest.Operation op, String authorization) throws Exception {
        String path = op.path();
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        boolean body = op.method().equals("post") || op.method().equals("put");
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).method(op.method().toUpperCase(Locale.ROOT),
                body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (body) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> answer = app.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.contains("json") && !answer.body().isEmpty() ? app.json().readTree(answer.body()) : null;
        return new TestApp.Reply(answer.statusCode(), json, answer.headers().map());
    }

    private static String padToken() throws Exception {
        String code = app.postJson("/api/v1/tables/5/pairing-code", "{}").body().get("code").asText();
        return app.sendAnonymous(app.post("/api/v1/pads/pair", "{\"code\":\"" + code + "\",\"name\":\"Probe\"}",
                "application/json")).body().get("token").asText();
    }

    private static String displayToken() throws Exception {
        String code = app.postJson("/api/v1/displays/pairing-code", "{}").body().get("code").asText();
        return app.sendAnonymous(app.post("/api/v1/displays/pair", "{\"code\":\"" + code + "\",\"name\":\"Probe\"}",
                "application/json")).body().get("token").asText();
    }
}
