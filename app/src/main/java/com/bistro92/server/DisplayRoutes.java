package com.bistro92.server;

import com.bistro92.table.DisplayIdentity;
import com.bistro92.table.Displays;
import com.bistro92.tls.Fingerprint;
import com.bistro92.tls.PairingCheck;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * Displays, a second kitchen screen or ready board on another PC:
 * {@code GET /api/v1/displays/tls} (anyone) says where HTTPS is and which certificate it shows,
 * {@code POST /api/v1/displays/pairing-code} (staff) makes a code,
 * {@code POST /api/v1/displays/pair} exchanges it for a token (anyone on the LAN, over HTTPS),
 * {@code GET /api/v1/displays} and {@code DELETE /api/v1/displays/{id}} list and revoke (staff),
 * {@code GET /api/v1/displays/me} tells a display who it is.
 */
final class DisplayRoutes {

    record PairBody(String code, String name) {
    }

    /**
     * Where a display finds the HTTPS side: the port, and the certificate's SHA-256, which it pins
     * once the pairing code's check digits confirm it ({@link PairingCheck}).
     */
    record TlsInfo(int httpsPort, String fingerprint) {
    }

    /**
     * A code for the staff screen: the six digits the server checks, and the whole twelve-digit
     * code a person types on the display, with the check digits of this server's certificate.
     */
    record CodeAnswer(String code, String check, String spoken, Instant expiresAt) {
    }

    record Me(DisplayIdentity display) {
    }

    private final Displays displays;
    private final IntSupplier httpsPort;
    private final Fingerprint fingerprint;

    DisplayRoutes(Displays displays, IntSupplier httpsPort, Fingerprint fingerprint) {
        this.displays = displays;
        this.httpsPort = httpsPort;
        this.fingerprint = fingerprint;
    }

    void register(Router router) {
        router.get("/api/v1/displays/tls", Access.ANYONE, this::tls)
                .post("/api/v1/displays/pairing-code", Access.STAFF, this::newCode)
                .post("/api/v1/displays/pair", Access.PAIRING, this::pair)
                .get("/api/v1/displays", Access.STAFF, this::list)
                .get("/api/v1/displays/me", Access.DISPLAY, this::me)
                .delete("/api/v1/displays/{id}", Access.STAFF, this::revoke);
    }

    private void tls(Exchange ex) {
        ex.json(200, new TlsInfo(httpsPort.getAsInt(), fingerprint.toString()));
    }

    private void newCode(Exchange ex) {
        ex.whenDone(displays.newCode(null), code -> ex.json(201, new CodeAnswer(code.code(),
                PairingCheck.digits(code.code(), fingerprint), PairingCheck.spoken(code.code(), fingerprint),
                code.expiresAt())));
    }

    /** Exchanges a code for a token; the access guard has admitted the attempt before its body was read. */
    private void pair(Exchange ex) {
        PairBody body = ex.body(PairBody.class);
        PairingGate.Attempt attempt = ex.pairingAttempt();
        ex.whenDone(displays.pair(body.code(), body.name()), paired -> {
            if (attempt != null) {
                attempt.succeeded();
            }
            ex.json(201, paired);
        });
    }

    private void list(Exchange ex) {
        ex.json(200, displays.displays());
    }

    private void me(Exchange ex) {
        Caller.Display display = (Caller.Display) ex.caller();
        ex.json(200, new Me(display.display()));
    }

    private void revoke(Exchange ex) {
        ex.whenDone(displays.revoke(ex.intParam(PathParam.DISPLAY), null), display -> ex.json(200, display));
    }
}
