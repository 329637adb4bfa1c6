package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** One HTTP request and its response, with the few helpers routes need. Answer exactly once. */
final class Exchange {

    /** Request bodies larger than this are refused with 400. */
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

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** A query parameter, or null. */
    String query(String name) {
        if (query == null) {
            query = Request.extractQueryParameters(request);
        }
        return query.getValue(name);
    }

    String header(HttpHeader header) {
        return request.getHeaders().get(header);
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** Who is calling, as the access guard found. */
    Caller caller() {
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        return caller instanceof Caller c ? c : new Caller.Unpaired();
    }

    /** Refuses with 403 unless staff are calling. */
    void requireStaff() {
        if (!(caller() instanceof Caller.Staff)) {
            throw new Problem(403, "Staff only", "Only staff can do this, from the restaurant's computer");
        }
    }

    SocketAddress remote() {
        return request.getConnectionMetaData().getRemoteSocketAddress();
    }

    InetSocketAddress local() {
        return (InetSocketAddress) request.getConnectionMetaData().getLocalSocketAddress();
    }

    /**
     * Reads the body as JSON into {@code type}.
     *
     * @throws Problem 400 for a wrong content type, a body over {@link #MAX_BODY_BYTES}, or malformed JSON
     */
    <T> T body(Class<T> type) throws IOException {
        String contentType = header(HttpHeader.CONTENT_TYPE);
        if (contentType == null || !isJson(contentType)) {
            throw Problem.badRequest("Send the body as JSON with Content-Type: application/json");
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = readBody();
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw Problem.badRequest("The request body is empty; send a JSON object");
        }
        T value;
        try {
            value = json.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("The body is not valid JSON for this request: " + e.getOriginalMessage());
        }
        if (value == null) {
            throw Problem.badRequest("The body must be a JSON object, not null");
        }
        return value;
    }

    /**
     * Reads the request body (at most {@link #MAX_BODY_BYTES} plus one byte), once. The router calls
     * this before every handler, so a body that the handler ignores is still consumed and the
     * connection stays usable for the client's next request.
     */
    byte[] readBody() throws IOException {
        if (body == null) {
            if (request.getLength() == 0) {
                body = new byte[0];
            } else {
                try (InputStream in = Content.Source.asInputStream(request)) {
                    body = in.readNBytes(MAX_BODY_BYTES + 1);
                }
            }
        }
        return body;
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
        send(201, order);
    }

    /** Answers with a JSON body already serialised, and its ETag. */
    void bytes(int status, byte[] body, String etag) {
        response.getHeaders().put(HttpHeader.ETAG, etag);
        send(status, body);
    }

    private void send(int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Answers with no body (e.g. 304 Not Modified), with its ETag. */
    void empty(int status, String etag) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.ETAG, etag);
        callback.succeeded();
    }

    /** Writer of a streamed JSON body. */
    @FunctionalInterface
    interface JsonWriter {
        void write(JsonGenerator out) throws IOException;
    }

    /** Streams a JSON body without building it in memory; blocks the calling (worker) thread while writing. */
    void stream(int status, JsonWriter writer) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        try (OutputStream out = Content.Sink.asOutputStream(response);
             JsonGenerator gen = json.getFactory().createGenerator(out)) {
            writer.write(gen);
        }
        callback.succeeded();
    }

    /** Answers with the problem {@code failure} maps to. */
    void fail(Throwable failure) {
        problems.respond(request, response, callback, failure);
    }

    private static boolean isJson(String contentType) {
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static Problem tooLarge() {
        return Problem.badRequest("The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB");
    }
}
