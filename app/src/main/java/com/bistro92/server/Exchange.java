package com.bistro92.server;

import com.bistro92.order.OrderFilter;
import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** One HTTP request and its response, with the few helpers routes need. Answer exactly once. */
final class Exchange {

    /** Request bodies larger than this are refused with 413. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final ObjectMapper json;
    private final Problems problems;
    private final Map<String, String> pathParams;
    private Fields query;
    private byte[] body;

    Exchange(Request request, Response response, Callback callback, ObjectMapper json, Problems problems,
             Map<String, String> pathParams) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.json = json;
        this.problems = problems;
        this.pathParams = pathParams;
    }

    Request request() {
        return request;
    }

    /**
     * Path parameter {@code param} of this route, as a number that fits an int.
     *
     * @throws Problem 404 when the path holds something else there ({@link PathParam})
     */
    int intParam(PathParam param) {
        return Math.toIntExact(param.parse(pathParams));
    }

    /**
     * Path parameter {@code param} of this route, as a number.
     *
     * @throws Problem 404 when the path holds something else there ({@link PathParam})
     */
    long longParam(PathParam param) {
        return param.parse(pathParams);
    }

    /**
     * Path parameter {@code param} of this route, as text.
     *
     * @throws Problem 404 when the path holds something else there ({@link PathParam})
     */
    String textParam(PathParam param) {
        return param.text(pathParams);
    }

    /** A query parameter, or null; 400 for a query string that is not valid percent-encoded UTF-8. */
    String query(String name) {
        if (query == null) {
            try {
                query = Request.extractQueryParameters(request);
            } catch (RuntimeException e) {
                throw Problem.badRequest("The query string is not valid: " + e.getMessage());
            }
        }
        return query.getValue(name);
    }

    /** Query parameter {@code name} as a whole number from {@code min} to {@code max}, or null if absent; else 400. */
    Integer queryWhole(String name, int min, int max) {
        String value = query(name);
        return value == null ? null : QueryValues.whole(name, value, min, max);
    }

    /**
     * Query parameter {@code name} as an instant (a date's start in {@code zone}, or an ISO instant,
     * within years 1 to 9999), or null when absent or blank; else 400.
     */
    Instant queryInstant(String name, ZoneId zone) {
        String value = query(name);
        return value == null || value.isBlank() ? null : QueryValues.instant(name, value, zone);
    }

    String header(HttpHeader header) {
        return request.getHeaders().get(header);
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** Sets a header of the answer. */
    void answerHeader(HttpHeader header, String value) {
        response.getHeaders().put(header, value);
    }

    /** Who is calling, as the access guard found. */
    Caller caller() {
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        return caller instanceof Caller c ? c : new Caller.Unpaired();
    }

    /** The pairing attempt the access guard admitted for this request, or null. */
    PairingGate.Attempt pairingAttempt() {
        return request.getAttribute(AccessGuard.ATTEMPT) instanceof PairingGate.Attempt a ? a : null;
    }

    SocketAddress remote() {
        return request.getConnectionMetaData().getRemoteSocketAddress();
    }

    InetSocketAddress local() {
        return (InetSocketAddress) request.getConnectionMetaData().getLocalSocketAddress();
    }

    /** The whole request body, as the router received it. */
    void received(byte[] bytes) {
        this.body = bytes;
    }

    /** The raw request body, already received whole. */
    byte[] rawBody() {
        return body;
    }

    /**
     * The body as JSON, read strictly into {@code type}.
     *
     * @throws Problem 415 unless the content type is {@code application/json}; 400 for an empty
     *                 body, a byte-order mark, or JSON that is malformed, has a key twice or a
     *                 value of the wrong kind
     */
    <T> T body(Class<T> type) {
        String contentType = header(HttpHeader.CONTENT_TYPE);
        if (contentType == null || !isJson(contentType)) {
            throw new Problem(415, "Unsupported media type",
                    "Send the body as JSON with Content-Type: application/json");
        }
        if (body.length == 0) {
            throw Problem.badRequest("The request body is empty; send a JSON object");
        }
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            throw Problem.badRequest("The body starts with a byte-order mark; send plain UTF-8 JSON");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (IOException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw Problem.badRequest("The body is not valid JSON for this request: " + message);
        }
        if (value == null) {
            throw Problem.badRequest("The body must be a JSON object, not null");
        }
        return value;
    }

    /** As {@link #body}, or {@code none} when the request has no body at all. */
    <T> T bodyOrEmpty(Class<T> type, T none) {
        return body.length == 0 ? none : body(type);
    }

    /**
     * Answers once {@code result} completes: {@code answer} gets its value; a failure becomes its
     * problem response. It runs on the thread that completes the result (the journal answers a few
     * callers on its writer thread, a larger group on a thread of its own), so an answer must only
     * write, never block: Jetty's writes are asynchronous.
     */
    <T> void whenDone(CompletionStage<T> result, Consumer<T> answer) {
        result.whenComplete((value, failure) -> {
            if (failure != null) {
                fail(failure);
            } else {
                answer.accept(value);
            }
        });
    }

    /** Answers with {@code body} as JSON. */
    void json(int status, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            fail(e);
            return;
        }
        send(status, bytes);
    }

    /**
     * Answers a placed order with 201 and its JSON, serialised once; an idempotent retry that found
     * the first order is marked {@code Idempotent-Replayed: true}.
     */
    void placed(byte[] order, boolean created) {
        if (!created) {
            response.getHeaders().put("Idempotent-Replayed", "true");
        }
        request.setAttribute(RequestMetrics.ORDER_ANSWERED, Boolean.TRUE);
        send(201, order);
    }

    /** Answers with a JSON body already serialised, and its ETag. */
    void bytes(int status, byte[] body, String etag) {
        response.getHeaders().put(HttpHeader.ETAG, etag);
        send(status, body);
    }

    /** Answers 200 with an image, which browsers must not guess another type for. */
    void image(byte[] body, String mediaType) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Answers a static file with its ETag and the policy a browser applies to it as a page: 200 with
     * {@code body}, or 304 without one when {@code body} is null (the client has this version).
     * Browsers ask again each time ({@code no-cache}), so a new release is seen at once.
     */
    void file(byte[] body, String mediaType, String etag, String contentSecurityPolicy) {
        response.getHeaders().put(HttpHeader.ETAG, etag);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("Content-Security-Policy", contentSecurityPolicy);
        if (body == null) {
            response.setStatus(304);
            callback.succeeded();
            return;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Answers a file whose address names its version, so it can never change there: browsers and the
     * web pad's service worker keep it for a year without asking again.
     */
    void immutable(byte[] body, String mediaType, String contentSecurityPolicy) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=31536000, immutable");
        response.getHeaders().put("Content-Security-Policy", contentSecurityPolicy);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Answers a page for a person (not a program) with {@code status}, under {@code contentSecurityPolicy}
     * and {@code referrerPolicy} (in place of the server's {@code no-referrer}).
     */
    void page(int status, byte[] html, String contentSecurityPolicy, String referrerPolicy) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("Referrer-Policy", referrerPolicy);
        response.getHeaders().put("Content-Security-Policy", contentSecurityPolicy);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(html), callback);
    }

    private void send(int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Answers with a text body of {@code contentType}. */
    void text(int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Answers with no body (e.g. 304 Not Modified), with its ETag. */
    void empty(int status, String etag) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.ETAG, etag);
        callback.succeeded();
    }

    /**
     * Answers 200 with the orders {@code filter} matches, at most {@code most}, as one JSON array
     * written a page at a time; see {@link PagedOrders}.
     */
    void orders(Orders orders, Reads reads, OrderFilter filter, int most) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        new PagedOrders(orders, reads, filter, json, response, callback, this::fail, most).iterate();
    }

    /** Answers with the problem {@code failure} maps to. */
    void fail(Throwable failure) {
        problems.respond(request, response, callback, failure);
    }

    /** {@code application/json}, optionally with {@code charset=utf-8}; nothing else. */
    private static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json") || parts.length > 2) {
            return false;
        }
        return parts.length == 1 || parts[1].strip().replace("\"", "").equals("charset=utf-8");
    }

    static String tooLarge() {
        return "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB";
    }
}
