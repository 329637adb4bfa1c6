package com.bistro92.pad.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

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
    private final ObjectMapper json;
    private final PadCredentials pad;
    private JsonNode menu;
    private String menuEtag;

    /**
     * @param http the process's HTTP client, started; the caller stops it
     * @param json the process's JSON mapper
     * @param pad  this pad's credentials, from {@link #pair}
     */
    public PadClient(HttpClient http, ObjectMapper json, PadCredentials pad) {
        this.http = http;
        this.json = json;
        this.pad = pad;
    }

    /** Trades a pairing code from the staff screen for this pad's credentials, over plain HTTP. */
    public static PadCredentials pair(HttpClient http, ObjectMapper json, URI server, String code, String name)
            throws PadException {
        return pair(http, json, new PairingLink(server, code, ""), name);
    }

    /**
     * Trades the code in {@code link} for this pad's credentials, which keep the link's fingerprint.
     * For an HTTPS link, pin it first ({@link CertificatePins#pin(URI, String)}) in the pins that
     * {@code http} connects with: nothing is sent to a server that shows another certificate.
     */
    public static PadCredentials pair(HttpClient http, ObjectMapper json, PairingLink link, String name)
            throws PadException {
        Request request = http.newRequest(link.server().resolve("/api/v1/pads/pair"));
        JsonNode paired = answer(json, send(post(request, body(json, Map.of("code", link.code(), "name", name)))));
        JsonNode p = paired.get("pad");
        return new PadCredentials(link.server(), paired.get("token").asText(), p.get("pad_id").asInt(),
                p.get("name").asText(), p.get("table_id").asInt(), p.get("table").asText(), link.fingerprint());
    }

    public PadCredentials credentials() {
        return pad;
    }

    /** Whether a party is seated at this pad's table (the pad may order only then). */
    public boolean seated() throws PadException {
        return answer(json, send(authorized("/api/v1/pads/me"))).get("seated").asBoolean();
    }

    /** The menu; fetched again only when the server says it changed. */
    public JsonNode menu() throws PadException {
        Request request = authorized("/api/v1/menu");
        String etag = menuEtag;
        if (etag != null) {
            request.headers(headers -> headers.put(HttpHeader.IF_NONE_MATCH, etag));
        }
        ContentResponse response = send(request);
        if (response.getStatus() == 304 && menu != null) {
            return menu;
        }
        menu = answer(json, response);
        menuEtag = response.getHeaders().get(HttpHeader.ETAG);
        return menu;
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
        byte[] body = body(json, new Body(lines, notes, key));
        Duration wait = FIRST_RETRY;
        PadException last = null;
        for (int attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
            // a request is sent once, so every try gets a new one with the same key and body
            Request request = post(authorized("/api/v1/orders"), body)
                    .headers(headers -> headers.put("Idempotency-Key", key));
            try {
                return answer(json, send(request));
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
        JsonNode answer = answer(json, send(post(authorized("/api/v1/service-requests"),
                body(json, Map.of("kind", kind)))));
        return answer.get("merged").asBoolean();
    }

    private Request authorized(String path) {
        return http.newRequest(pad.server().resolve(path))
                .headers(headers -> headers.put(HttpHeader.AUTHORIZATION, "Bearer " + pad.token()));
    }

    private static Request post(Request request, byte[] body) {
        return request.method(HttpMethod.POST).body(new BytesRequestContent("application/json", body));
    }

    /** Sends and waits for the whole answer; no answer at all, in time, means offline. */
    private static ContentResponse send(Request request) throws PadException {
        try {
            return request.timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).send();
        } catch (ExecutionException e) {
            CertificateMismatch mismatch = CertificateMismatch.in(e);
            throw mismatch != null ? PadException.untrusted(mismatch) : PadException.offline(e);
        } catch (TimeoutException e) {
            throw PadException.offline(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PadException.offline(e);
        }
    }

    private static JsonNode answer(ObjectMapper json, ContentResponse response) throws PadException {
        byte[] content = response.getContent();
        JsonNode body;
        try {
            body = content.length == 0 ? json.createObjectNode() : json.readTree(content);
        } catch (IOException e) {
            throw new PadException(response.getStatus(), "Unreadable answer", "The server sent something unexpected", e);
        }
        if (response.getStatus() >= 400) {
            throw new PadException(response.getStatus(), body.path("title").asText("Refused"),
                    body.path("detail").asText("The server refused the request"), null);
        }
        return body;
    }

    private static byte[] body(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
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
