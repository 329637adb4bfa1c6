package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become JSON problem responses:
 * {@code {"type","title","status","detail","errors"}}. A {@link Problem} keeps its status;
 * anything else is a 500 with a generic message, logged once with its stack trace.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /** The problem body. */
    record Body(String type, String title, int status, String detail, List<FieldError> errors) {
        Body(Problem p) {
            this("about:blank", p.title(), p.status(), p.detail(), p.errors());
        }
    }

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    void respond(Request request, Response response, Callback callback, Throwable failure) {
        Problem problem = toProblem(request, failure);
        if (response.isCommitted()) {
            callback.failed(failure);
            return;
        }
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(bytes(problem)), callback);
    }

    byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(new Body(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem body", e);
        }
    }

    private static Problem toProblem(Request request, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof Problem p) {
            return p;
        }
        LOG.error("Unexpected failure on {} {}", request.getMethod(), Request.getPathInContext(request), cause);
        return new Problem(500, "Internal error",
                "The server could not complete the request; the error has been logged.");
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
