package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableSessions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Pads and table sessions:
 * {@code POST /api/v1/tables/{id}/pairing-code} (staff) makes a code,
 * {@code POST /api/v1/pads/pair} exchanges it for a token (anyone on the LAN),
 * {@code GET /api/v1/pads} and {@code DELETE /api/v1/pads/{id}} list and revoke (staff),
 * {@code GET /api/v1/pads/me} tells a pad who it is,
 * {@code POST} and {@code DELETE /api/v1/tables/{id}/session} seat and close a table (staff).
 */
final class PadRoutes {

    record PairBody(String code, String name) {
    }

    record SeatBody(Integer guests) {
    }

    private static final Pattern ID = Pattern.compile("\\d{1,9}");
    private static final int MAX_FAILED_PAIRINGS = 10;
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);

    /** What {@code GET /api/v1/pads/me} answers. */
    record Me(PadIdentity pad, boolean seated) {
    }

    private final Pairing pairing;
    private final TableSessions sessions;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    PadRoutes(Pairing pairing, TableSessions sessions, Clock clock) {
        this.pairing = pairing;
        this.sessions = sessions;
        this.clock = clock;
    }

    void register(Router router) {
        router.post("/api/v1/tables/{id}/pairing-code", this::newCode)
                .post(AccessGuard.PAIR_PATH, this::pair)
                .get("/api/v1/pads", this::pads)
                .get("/api/v1/pads/me", this::me)
                .delete("/api/v1/pads/{id}", this::revoke)
                .post("/api/v1/tables/{id}/session", this::seat)
                .delete("/api/v1/tables/{id}/session", this::close);
    }

    private void newCode(Exchange ex) {
        ex.requireStaff();
        ex.whenDone(pairing.newCode(id(ex, "table")), code -> ex.json(201, code));
    }

    private void pair(Exchange ex) throws IOException {
        String from = host(ex.remote());
        Deque<Instant> recent = failures.computeIfAbsent(from, k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant since = clock.instant().minus(FAILURE_WINDOW);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
                recent.pollFirst();
            }
            if (recent.size() >= MAX_FAILED_PAIRINGS) {
                throw new Problem(429, "Too many attempts", "Too many wrong pairing codes; wait a minute");
            }
        }
        PairBody body = ex.body(PairBody.class);
        var paired = pairing.pair(body.code(), body.name()).whenComplete((p, failure) -> {
            Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
            if (cause instanceof Problem) {
                synchronized (recent) {
                    recent.addLast(clock.instant());
                }
            }
        });
        ex.whenDone(paired, p -> ex.json(201, p));
    }

    private void pads(Exchange ex) {
        ex.requireStaff();
        ex.json(200, pairing.pads());
    }

    private void me(Exchange ex) {
        if (!(ex.caller() instanceof Caller.Pad pad)) {
            throw new Problem(403, "Pads only", "Only a paired pad has an identity to show");
        }
        PadIdentity identity = pad.pad();
        ex.json(200, new Me(identity, sessions.isSeated(identity.tableId())));
    }

    private void revoke(Exchange ex) {
        ex.requireStaff();
        ex.whenDone(pairing.revoke(id(ex, "pad")), pad -> ex.json(200, pad));
    }

    private void seat(Exchange ex) throws IOException {
        ex.requireStaff();
        int table = id(ex, "table");
        Integer guests = ex.header("Content-Type") == null ? null : ex.body(SeatBody.class).guests();
        ex.whenDone(sessions.seat(table, guests == null ? 2 : guests), session -> ex.json(201, session));
    }

    private void close(Exchange ex) {
        ex.requireStaff();
        ex.whenDone(sessions.close(id(ex, "table")), session -> ex.json(200, session));
    }

    private static int id(Exchange ex, String what) {
        String id = ex.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw Problem.notFound("There is no " + what + " " + id);
        }
        return Integer.parseInt(id);
    }

    private static String host(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(remote);
    }
}
