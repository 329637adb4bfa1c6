package com.bistro92.problem;

import java.util.List;

/**
 * A failure that a client caused or must know about, carrying the HTTP status it maps to.
 * Thrown by domain code, turned into a JSON problem body in exactly one place by the server.
 */
public class Problem extends RuntimeException {

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final long retryAfterSeconds;

    public Problem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public Problem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, 0);
    }

    private Problem(int status, String title, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429: the caller asks too often; it may try again after {@code seconds}. */
    public static Problem tooMany(String detail, long seconds) {
        return new Problem(429, "Too many requests", detail, List.of(), Math.max(1, seconds));
    }

    /** 503 with a {@code Retry-After}: the server is busy and will be able to answer soon. */
    public static Problem busy(String detail, long seconds) {
        return new Problem(503, "Service busy", detail, List.of(), Math.max(1, seconds));
    }

    /**
     * 503 with a {@code Retry-After}: the database cannot be reached (its server is down, or the
     * network to it), so nothing was read or saved; the suite reconnects by itself.
     */
    public static Problem databaseUnreachable() {
        return new Problem(503, "Database unreachable",
                "The database cannot be reached; nothing was saved. Try again shortly", List.of(), 5);
    }

    /**
     * Another suite node of the same database held its writer lock for longer than a group may wait
     * (a node that froze mid-change, until the server ends its session): nothing was saved.
     */
    public static Problem anotherNodeHoldsTheDatabase() {
        return new Problem(503, "Database busy",
                "Another Bistro92 computer is holding the database; nothing was saved. Try again shortly", List.of(), 5);
    }

    /** Whether SQLState {@code state} is PostgreSQL's "lock not available": a lock waited for past {@code lock_timeout}. */
    public static boolean lockNotAvailable(String state) {
        return "55P03".equals(state);
    }

    /**
     * Whether a failure with SQLState {@code state} means the database is out of reach rather than
     * a request's fault: a lost or refused connection (class 08), a server shutting down or not
     * accepting connections (57P01 to 57P03), or H2 closed by itself (90098, 90121).
     */
    public static boolean lostTheDatabase(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || H2_CLOSED.contains(state));
    }

    /**
     * H2's "The database has been closed" (90098) and "Database is already closed" (90121): after a
     * disk error, until the next start.
     */
    private static final java.util.Set<String> H2_CLOSED = java.util.Set.of("90098", "90121");

    /** Seconds the client should wait before trying again, or 0 when it need not. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail);
    }

    public static Problem conflict(String title, String detail) {
        return new Problem(409, title, detail);
    }

    public static Problem unprocessable(String title, List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse(title);
        return new Problem(422, title, detail, errors);
    }

    public static Problem unavailable(String detail) {
        return new Problem(503, "Service busy", detail);
    }
}
