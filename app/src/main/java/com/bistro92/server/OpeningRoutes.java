package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.TableOpening;
import com.bistro92.table.TableSessions;
import io.nayuki.qrcodegen.QrCode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;

/**
 * The party opens its table with a phone ({@link TableOpening}), where the settings let guests do so:
 * {@code GET /api/v1/pads/me/opening} gives a pad its table's current one-time link and its QR code;
 * {@code GET /open/{token}}, over plain HTTP on purpose (a guest's phone does not trust the
 * restaurant's root), is the page that asks "Start ordering at Table 5?", and
 * {@code POST /open/{token}} (a button of that page) opens the table.
 *
 * <p>Plain HTTP is acceptable here: the link carries no credential, only a code that is good for one
 * use within a minute and that opens one table, which is what anyone standing at it may do. Someone
 * who reads it off the Wi-Fi gains what a guest who scans it gains, and only if first. Every look-up
 * and use of a code goes through a gate like pairing's: ten wrong codes a minute from one address,
 * thirty from all, then a minute's pause.
 */
final class OpeningRoutes {

    static final String PATH = "/open";
    private static final Pattern GUESTS = Pattern.compile("guests=(\\d{1,2})");

    /**
     * What a pad shows while its table has no party: the link, its QR code (an SVG image), and when
     * it stops being good ({@code expiresInSeconds} from now, so that a pad whose clock is off still
     * asks for the next one in time).
     */
    record Opening(String url, Instant expiresAt, long expiresInSeconds, String qrSvg) {
    }

    private final TableOpening opening;
    private final TableSessions sessions;
    private final PairingGate gate;
    private final BooleanSupplier allowed;
    private final IntSupplier httpPort;
    private final Clock clock;

    OpeningRoutes(TableOpening opening, TableSessions sessions, PairingGate gate, BooleanSupplier allowed,
                  IntSupplier httpPort, Clock clock) {
        this.clock = clock;
        this.opening = opening;
        this.sessions = sessions;
        this.gate = gate;
        this.allowed = allowed;
        this.httpPort = httpPort;
    }

    void register(Router router) {
        router.get("/api/v1/pads/me/opening", Access.PAD, this::code)
                .get(PATH + "/{token}", Access.ANYONE, this::ask)
                .post(PATH + "/{token}", Access.ANYONE, this::open);
    }

    private void code(Exchange ex) {
        PadIdentity pad = ((Caller.Pad) ex.caller()).pad();
        if (!allowed.getAsBoolean()) {
            throw Problem.conflict("Staff seat tables", "Guests do not open tables here: staff seat them in"
                    + " Tables & Pads (Settings, Pads & network)");
        }
        if (sessions.isSeated(pad.tableId())) {
            throw Problem.conflict("Table seated", pad.table() + " has a party already");
        }
        TableOpening.Code code = opening.current(pad.tableId(), pad.table());
        String host = Request.getServerName(ex.request());
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + httpPort.getAsInt() + PATH
                + "/" + code.token();
        long left = Math.max(1, java.time.Duration.between(clock.instant(), code.expiresAt()).toSeconds());
        ex.json(200, new Opening(url, code.expiresAt(), left, svg(url)));
    }

    private void ask(Exchange ex) {
        String token = ex.textParam(PathParam.OPENING_CODE);
        if (!admitted(ex)) {
            return;
        }
        try (PairingGate.Attempt attempt = gate.admit(remote(ex))) {
            TableOpening.Code code = opening.peek(token).orElse(null);
            if (code == null) {
                ex.page(410, OpeningPage.refused("This code is no longer good", "It has been used, or it is more than"
                        + " a minute old. Scan the code on the table's pad again."), OpeningPage.CONTENT_SECURITY_POLICY, OpeningPage.REFERRER_POLICY);
                return;
            }
            attempt.succeeded();
            ex.page(200, OpeningPage.ask(code.table(), token), OpeningPage.CONTENT_SECURITY_POLICY, OpeningPage.REFERRER_POLICY);
        } catch (Problem p) {
            ex.page(p.status(), OpeningPage.refused(p.title(), p.detail()), OpeningPage.CONTENT_SECURITY_POLICY, OpeningPage.REFERRER_POLICY);
        }
    }

    private void open(Exchange ex) {
        String token = ex.textParam(PathParam.OPENING_CODE);
        if (!admitted(ex)) {
            return;
        }
        PairingGate.Attempt attempt;
        try {
            attempt = gate.admit(remote(ex));
        } catch (Problem p) {
            ex.page(p.status(), OpeningPage.refused(p.title(), p.detail()), OpeningPage.CONTENT_SECURITY_POLICY, OpeningPage.REFERRER_POLICY);
            return;
        }
        Matcher guests = GUESTS.matcher(new String(ex.rawBody(), StandardCharsets.US_ASCII).strip());
        int party = guests.matches() ? Integer.parseInt(guests.group(1)) : 0;
        opening.open(token, party).whenComplete((session, failure) -> {
            try (attempt) {
                if (failure == null) {
                    attempt.succeeded();
                    ex.page(200, OpeningPage.opened(session.table(), session.guests()),
                            OpeningPage.CONTENT_SECURITY_POLICY, OpeningPage.REFERRER_POLICY);
                    return;
                }
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof Problem p) {
                    if (p.status() != 410) {
                        attempt.succeeded(); // a good code: a full table or a bad party size is not guessing
                    }
                    ex.page(p.status(), OpeningPage.refused(p.title(), p.detail()), OpeningPage.CONTENT_SECURITY_POLICY, OpeningPage.REFERRER_POLICY);
                } else {
                    ex.fail(cause);
                }
            }
        });
    }

    /** Whether guests may open tables now; if not, the phone is told so. */
    private boolean admitted(Exchange ex) {
        if (allowed.getAsBoolean()) {
            return true;
        }
        // 409, not 403: the caller may come here; the restaurant's settings are what says no
        ex.page(409, OpeningPage.refused("Ask a member of staff", "Tables here are opened by the staff. They will"
                + " seat you in a moment."), OpeningPage.CONTENT_SECURITY_POLICY, OpeningPage.REFERRER_POLICY);
        return false;
    }

    private static InetAddress remote(Exchange ex) {
        return ex.remote() instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }

    /** The QR code of {@code text} as an SVG image, with the quiet zone scanners need. */
    static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int quiet = 4;
        int size = qr.size + 2 * quiet;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + quiet).append(',').append(y + quiet).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }
}
