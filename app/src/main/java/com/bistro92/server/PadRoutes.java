package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableSessions;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Pads:
 * {@code POST /api/v1/tables/{id}/pairing-code} (staff) makes a code,
 * {@code POST /api/v1/pads/pair} exchanges it for a token (anyone on the LAN),
 * {@code GET /api/v1/pads} and {@code DELETE /api/v1/pads/{id}} list and revoke (staff),
 * {@code GET /api/v1/pads/me} tells a pad who it is.
 */
final class PadRoutes {

    /**
     * @param cookie true from the web pad: the token comes back in its {@link PadCookie}, which script
     *               cannot read, and not in the body; over HTTPS only
     */
    record PairBody(String code, String name, Boolean cookie) {
    }

    /** What the web pad's pairing answers: who it is, and no token (that is in its cookie). */
    record PairedInBrowser(PadIdentity pad) {
    }

    /**
     * What {@code GET /api/v1/pads/me} answers.
     *
     * @param idleClearSeconds how long the web pad waits without a touch before it clears a half-built
     *                         order (the setting of Pads &amp; network)
     * @param guestsOpenTables whether the party may open the table with a phone, from the code the pad
     *                         shows while nobody is seated ({@code GET /api/v1/pads/me/opening})
     */
    record Me(PadIdentity pad, boolean seated, long idleClearSeconds, boolean guestsOpenTables) {
    }

    private final Pairing pairing;
    private final TableSessions sessions;
    private final Supplier<Duration> idleClear;
    private final BooleanSupplier guestsOpenTables;

    PadRoutes(Pairing pairing, TableSessions sessions, Supplier<Duration> idleClear, BooleanSupplier guestsOpenTables) {
        this.pairing = pairing;
        this.sessions = sessions;
        this.idleClear = idleClear;
        this.guestsOpenTables = guestsOpenTables;
    }

    void register(Router router) {
        router.post("/api/v1/tables/{id}/pairing-code", Access.STAFF, this::newCode)
                .post("/api/v1/pads/pair", Access.PAIRING, this::pair)
                .get("/api/v1/pads", Access.STAFF, this::pads)
                .get("/api/v1/pads/me", Access.PAD, this::me)
                .delete("/api/v1/pads/{id}", Access.STAFF, this::revoke);
    }

    private void newCode(Exchange ex) {
        ex.whenDone(pairing.newCode(ex.intParam(PathParam.TABLE)), code -> ex.json(201, code));
    }

    /** Exchanges a code for a token; the access guard has admitted the attempt before its body was read. */
    private void pair(Exchange ex) {
        PairBody body = ex.body(PairBody.class);
        boolean inBrowser = Boolean.TRUE.equals(body.cookie());
        if (inBrowser && !ex.request().isSecure()) {
            throw new Problem(422, "Use HTTPS", "A web pad pairs over HTTPS: open it at the https:// address of the"
                    + " pairing QR code");
        }
        PairingGate.Attempt attempt = ex.pairingAttempt();
        ex.whenDone(pairing.pair(body.code(), body.name()), paired -> {
            if (attempt != null) {
                attempt.succeeded();
            }
            if (inBrowser) {
                ex.answerHeader(HttpHeader.SET_COOKIE, PadCookie.setting(paired.token()));
                ex.json(201, new PairedInBrowser(paired.pad()));
            } else {
                ex.json(201, paired);
            }
        });
    }

    private void pads(Exchange ex) {
        ex.json(200, pairing.pads());
    }

    private void me(Exchange ex) {
        PadIdentity identity = ((Caller.Pad) ex.caller()).pad();
        ex.json(200, new Me(identity, sessions.isSeated(identity.tableId()), idleClear.get().toSeconds(),
                guestsOpenTables.getAsBoolean()));
    }

    private void revoke(Exchange ex) {
        ex.whenDone(pairing.revoke(ex.intParam(PathParam.PAD)), pad -> ex.json(200, pad));
    }
}
