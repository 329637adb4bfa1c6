package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableSessions;
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

    /** What {@code GET /api/v1/pads/me} answers. */
    record Me(PadIdentity pad, boolean seated) {
    }

    private final Pairing pairing;
    private final TableSessions sessions;

    PadRoutes(Pairing pairing, TableSessions sessions) {
        this.pairing = pairing;
        this.sessions = sessions;
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

    /** Exchanges a code for a token; the access guard has admitted the attempt before its body was read. */
    private void pair(Exchange ex) {
        PairBody body = ex.body(PairBody.class);
        PairingGate.Attempt attempt = ex.pairingAttempt();
        ex.whenDone(pairing.pair(body.code(), body.name()), paired -> {
            if (attempt != null) {
                attempt.succeeded();
            }
            ex.json(201, paired);
        });
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

    private void seat(Exchange ex) {
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

}
