package com.bistro92.pad.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A table pad's side of the API, over HTTP only, exactly as a real pad speaks it: pairing, the
 * menu (kept while its ETag holds), orders by menu id, and calls for service. Sending an order
 * retries on a lost connection or a busy server with the same idempotency key, so the guest
 * never orders twice.
 */
public final class PadClient {

    /** One line to order: a menu item by id, how many, modifiers by id, and a note for the kitchen. */
    public record Line(int menuItemId, int quantity, List<Integer> modifierIds, String instructions) {
    }

    private record Body(List<Line> items, String notes, String idempotencyKey) {
    }

    static final int SEND_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final ObjectMapper json = PadJson.mapper();
    private final PadCredentials pad;
    private JsonNode menu;
    private String menuEtag;

    public PadClient(HttpClient http, PadCredentials pad) {
        this.http = http;
        this.pad = pad;
    }

    /** Trades a pairing code from the staff screen for this pad's credentials. */
    public static PadCredentials pair(HttpClient http, URI server, String code, String name) throws PadException {
        ObjectMapper json = PadJson.mapper();
        JsonNode paired = send(http, json, HttpRequest.newBuilder(server.resolve("/api/v1/pads/pair"))
                .timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(body(json, Map.of("code", code, "name", name))).build());
        JsonNode p = paired.get("pad");
        return new PadCredentials(server, paired.get("token").asText(), p.get("pad_id").asInt(),
                p.get("name").asText(), p.get("table_id").asInt(), p.get("table").asText());
    }

    public PadCredentials credentials() {
        return pad;
    }

    /** Whether a party is seated at this pad's table (the pad may order only then). */
    public boolean seated() throws PadException {
        return send(authorized("/api/v1/pads/me").GET().build()).get("seated").asBoolean();
    }

    /** The menu; fetched again only when the server says it changed. */
    public JsonNode menu() throws PadException {
        HttpRequest.Builder request = authorized("/api/v1/menu").GET();
        if (menuEtag != null) {
            request.header("If-None-Match", menuEtag);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 304 && menu != null) {
                return menu;
            }
            menu = answer(json, response);
            menuEtag = response.headers().firstValue("ETag").orElse(null);
            return menu;
        } catch (IOException e) {
            throw PadException.offline(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PadException.offline(e);
        }
    }

    /** A new key for one order; keep it for every retry of that order. */
    public static String newOrderKey() {
        return "pad-" + UUID.randomUUID();
    }

    /**
     * Sends an order, retrying with the same {@code key} while the server cannot be reached or is
     * busy. Returns the order as the server stored it (the first one, if an earlier try got through).
     */
    public JsonNode placeOrder(List<Line> lines, String notes, String key) throws PadException {
        HttpRequest request = authorized("/api/v1/orders").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(body(json, new Body(lines, notes, key))).build();
        Duration wait = FIRST_RETRY;
        PadException last = null;
        for (int attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
            try {
                return send(request);
            } catch (PadException e) {
                if (!e.offline() && e.status() != 503) {
                    throw e;
                }
                last = e;
                pause(wait);
                wait = wait.multipliedBy(2);
            }
        }
        throw last;
    }

    /** "WAITER" or "BILL". Returns whether the call was merged into one made moments ago. */
    public boolean callService(String kind) throws PadException {
        JsonNode answer = send(authorized("/api/v1/service-requests").header("Content-Type", "application/json")
                .POST(body(json, Map.of("kind", kind))).build());
        return answer.get("merged").asBoolean();
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(pad.server().resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + pad.token());
    }

    private JsonNode send(HttpRequest request) throws PadException {
        return send(http, json, request);
    }

    private static JsonNode send(HttpClient http, ObjectMapper json, HttpRequest request) throws PadException {
        try {
            return answer(json, http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw PadException.offline(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PadException.offline(e);
        }
    }

    private static JsonNode answer(ObjectMapper json, HttpResponse<String> response) throws PadException {
        JsonNode body;
        try {
            body = response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new PadException(response.statusCode(), "Unreadable answer", "The server sent something unexpected", e);
        }
        if (response.statusCode() >= 400) {
            throw new PadException(response.statusCode(), body.path("title").asText("Refused"),
                    body.path("detail").asText("The server refused the request"), null);
        }
        return body;
    }

    private static HttpRequest.BodyPublisher body(ObjectMapper json, Object value) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + value, e);
        }
    }

    private static void pause(Duration wait) throws PadException {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PadException.offline(e);
        }
    }
}
