package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become JSON problem responses:
 * {@code {"type","title","status","detail","errors"}}. A {@link Problem} keeps its status; Jetty's
 * own refusals keep theirs; a database busy with other requests, or one that cannot be reached (a
 * database server that is down), is a 503 with {@code Retry-After};
 * a unique-index race is a 409; a value the database cannot hold (too long, or a number past its
 * column's range: SQLState 22001 or 22003), should one ever get past the checks at the edge, is a
 * 422. Anything else is a 500 with a generic message, logged once with its stack trace.
 */
public final class Problems {

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

    public void respond(Request request, Response response, Callback callback, Throwable failure) {
        Problem problem = toProblem(request, failure);
        if (response.isCommitted()) {
            callback.failed(failure);
            return;
        }
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        // an error answer may have been reset after the connector's customizer ran
        response.getHeaders().put(HttpServer.NO_SNIFF);
        response.getHeaders().put(HttpServer.NO_REFERRER);
        if (problem.retryAfterSeconds() > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, problem.retryAfterSeconds());
        }
        response.write(true, ByteBuffer.wrap(bytes(problem)), callback);
    }

    byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(new Body(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem body", e);
        }
    }

    static Problem toProblem(Request request, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof Problem p) {
            return p;
        }
        if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
            return fromStatus(http.getCode(), http.getReason());
        }
        if (cause instanceof TimeoutException) {
            return new Problem(408, "Request timeout", "The request was not received in time; send it again");
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return Problem.busy("The server is busy with other requests; try again in a moment", 2);
            }
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (Problem.lostTheDatabase(state)) {
                return Problem.databaseUnreachable();
            }
            if (state != null && state.startsWith("23")) {
                return Problem.conflict("Conflict", "This changed at the same moment as another request; try again");
            }
            if ("22001".equals(state) || "22003".equals(state)) {
                LOG.warn("A value past its column's range reached the database: {}", t.getMessage());
                return new Problem(422, "Value out of range", "A value in the request is larger than the server"
                        + " can store; nothing was saved");
            }
        }
        LOG.error("Unexpected failure on {} {}", request.getMethod(), Request.getPathInContext(request), cause);
        return new Problem(500, "Internal error",
                "The server could not complete the request; the error has been logged.");
    }

    /** A problem for one of Jetty's own refusals (400, 413, 414, 431, ...). */
    static Problem fromStatus(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        String detail = switch (status) {
            case 413 -> "The request body is larger than " + Exchange.MAX_BODY_BYTES / 1024 + " KiB";
            case 414 -> "The address is too long";
            case 431 -> "The request headers are too large";
            default -> reason == null || reason.isBlank() ? title : reason;
        };
        return new Problem(status, title, detail);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
