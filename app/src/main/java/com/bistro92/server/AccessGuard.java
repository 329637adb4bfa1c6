package com.bistro92.server;

import com.bistro92.integration.IntegrationIdentity;
import com.bistro92.integration.Integrations;
import com.bistro92.problem.Problem;
import com.bistro92.staff.StaffToken;
import com.bistro92.table.DisplayIdentity;
import com.bistro92.table.Displays;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.Pairing;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Decides who is calling, for HTTP and WebSocket upgrades alike, before anything else runs, and
 * whether the route's declared {@link Access} lets that caller in.
 *
 * <ol>
 *   <li>The {@code Host} must name this server (421 otherwise), which defeats DNS rebinding.</li>
 *   <li>An {@code Origin}, which browsers send with cross-site requests and every WebSocket
 *       upgrade, must be this server's own (403 otherwise): a web page cannot use the API.</li>
 *   <li>The route is found in the {@link Router}'s table by method and path; every rule below
 *       comes from it, none is typed twice.</li>
 *   <li>While pads must use TLS, a token or a pairing (a path with a {@link Access#PAIRING} route)
 *       over plain HTTP from another computer is refused (403): tokens must not cross the Wi-Fi in
 *       clear text.</li>
 *   <li>A pairing request (a pad's or a display's) is admitted by the {@link PairingGate} first,
 *       whatever headers it carries, and its caller is a device about to pair (or this computer):
 *       a token never exempts an attempt from the limits.</li>
 *   <li>{@code Authorization: Bearer <token>} is staff with the staff token, from this computer;
 *       or the pad or display the token belongs to, from any address. A bad or revoked token is 401.</li>
 *   <li>Without it, the web pad's cookie ({@link PadCookie}) is the pad its token belongs to
 *       ({@link Access.Kind#PAD_COOKIE}); a request with it that changes something must name its
 *       page's {@code Origin} (checked above), or it is 403.</li>
 *   <li>Without a token, this computer is {@link Caller.Local} (the seed contract's clients); any
 *       other address is a device that is not paired, but the monitoring address of the settings,
 *       which may read what a monitor may ({@link Access.Kind#MONITOR}: {@code /metrics}).</li>
 *   <li>Then the route's rule: a display it does not admit is 403 (a display reaches only the
 *       kitchen's few routes), as is a display on a path with no route; an unpaired device it does
 *       not admit is 401; any other caller it does not admit gets the rule's own 403. An unknown path
 *       or another method passes on, to be answered 404 or 405 by the router.</li>
 * </ol>
 */
final class AccessGuard extends Handler.Wrapper {

    static final String ATTEMPT = "bistro92.pairing-attempt";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Router router;
    private final Pairing pairing;
    private final Displays displays;
    private final Integrations integrations;
    private final StaffToken staff;
    private final PairingGate gate;
    private final HostCheck hosts;
    private final Supplier<Set<Integer>> ports;
    private final Predicate<InetAddress> thisComputer;
    private final Predicate<Request> padMustUseTls;
    private final Predicate<InetAddress> monitor;
    private final Problems problems;

    AccessGuard(Router router, Pairing pairing, Displays displays, Integrations integrations, StaffToken staff,
                PairingGate gate, HostCheck hosts,
                Supplier<Set<Integer>> ports, Predicate<InetAddress> thisComputer, Predicate<Request> padMustUseTls,
                Predicate<InetAddress> monitor, Problems problems) {
        this.router = router;
        this.pairing = pairing;
        this.displays = displays;
        this.integrations = integrations;
        this.staff = staff;
        this.gate = gate;
        this.hosts = hosts;
        this.ports = ports;
        this.thisComputer = thisComputer;
        this.padMustUseTls = padMustUseTls;
        this.monitor = monitor;
        this.problems = problems;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        InetAddress arrivedAt = address(request.getConnectionMetaData().getLocalSocketAddress());
        if (!hosts.isThisServer(Request.getServerName(request), arrivedAt)) {
            return refuse(request, response, callback, new Problem(421, "Misdirected request",
                    "This server does not answer to that host name; use its address"));
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !hosts.isOwnOrigin(origin, ports.get(), arrivedAt)) {
            return refuse(request, response, callback, new Problem(403, "Cross-site request refused",
                    "Requests from web pages of other sites are not accepted"));
        }
        Router.Match match = router.match(request.getMethod(), Request.getPathInContext(request));
        request.setAttribute(Router.MATCH, match);
        Access access = match.access();
        InetAddress remote = address(request.getConnectionMetaData().getRemoteSocketAddress());
        boolean local = remote != null && thisComputer.test(remote);
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String cookie = authorization == null ? PadCookie.token(request) : null;
        boolean pairingPath = match.pairingPath();
        if (!local && (authorization != null || cookie != null || pairingPath) && padMustUseTls.test(request)) {
            return refuse(request, response, callback, new Problem(403, "Use HTTPS",
                    "Pads must use the secure address (https:// and the certificate in the pairing code)."
                            + " Pair this pad again from its QR code."));
        }
        Caller caller;
        if (pairingPath) {
            if (access != null && access.pairing()) {
                // every attempt counts, whatever it carries: a token proves nothing about a pairing code,
                // and must not buy a way past the limit (a stolen pad guessing display codes)
                PairingGate.Attempt attempt;
                try {
                    attempt = gate.admit(remote);
                } catch (Problem p) {
                    return refuse(request, response, callback, p);
                }
                request.setAttribute(ATTEMPT, attempt);
                callback = Callback.from(callback, attempt::close);
            }
            caller = local ? new Caller.Local() : new Caller.Unpaired();
        } else if (authorization != null) {
            String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7) : "";
            Optional<PadIdentity> pad;
            Optional<DisplayIdentity> display;
            Optional<IntegrationIdentity> client;
            if (local && staff.matches(token)) {
                caller = new Caller.Staff();
            } else if ((pad = this.pairing.authenticate(token)).isPresent()) {
                caller = new Caller.Pad(pad.get());
            } else if ((display = displays.authenticate(token)).isPresent()) {
                caller = new Caller.Display(display.get());
            } else if ((client = integrations.authenticate(token)).isPresent()) {
                caller = new Caller.Integration(client.get());
            } else {
                return unauthorized(request, response, callback, "This token is not valid or has been revoked."
                        + " Pair the pad again with a code from Tables & Pads.");
            }
        } else if (cookie != null && !(access != null && access.admits(Access.Kind.ANYONE))) {
            // on an open route (the pad's own page) the cookie is not needed, and a stale one must not lock
            // the page that pairs the pad again
            Optional<PadIdentity> pad = this.pairing.authenticate(cookie);
            if (pad.isEmpty()) {
                return unauthorized(request, response, callback, "This pad has been revoked or its pairing has"
                        + " expired. Pair it again with a code from Tables & Pads.");
            }
            if (origin == null && !SAFE.contains(request.getMethod())) {
                // a browser names the page behind every request that changes something; a cookie without it
                // did not come from this server's own pad page
                return refuse(request, response, callback, new Problem(403, "Cross-site request refused",
                        "A web pad's request must come from its own page"));
            }
            caller = new Caller.Pad(pad.get(), true);
        } else if (!local && remote != null && access != null && access.admits(Access.Kind.MONITOR)
                && !access.admits(Access.Kind.ANYONE) && monitor.test(remote)) {
            caller = new Caller.Monitor();
        } else {
            caller = local ? new Caller.Local() : new Caller.Unpaired();
        }
        Access.Kind kind = Access.kindOf(caller);
        if (kind == Access.Kind.DISPLAY && (access == null || !access.admits(kind))) {
            return refuse(request, response, callback, new Problem(403, "Not for displays",
                    "A display shows the kitchen's tickets and moves them on; it cannot do this"));
        }
        if (kind == Access.Kind.ANYONE && !(access == null ? match.pathAdmits(kind) : access.admits(kind))) {
            return unauthorized(request, response, callback, "This device is not paired with Bistro92. Pair it"
                    + " in Tables & Pads first.");
        }
        if (access != null && !access.admits(kind)) {
            return refuse(request, response, callback, access.refusal());
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return super.handle(request, response, callback);
    }

    private boolean unauthorized(Request request, Response response, Callback callback, String detail) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"bistro92\"");
        return refuse(request, response, callback, new Problem(401, "Not paired", detail));
    }

    /**
     * Answers {@code problem} before the request's body, if it has one, is read. Such a connection
     * is closed after the answer, and says so: a client that reused it would send its next request
     * into a socket the server is closing.
     */
    private boolean refuse(Request request, Response response, Callback callback, Problem problem) {
        long length = request.getLength();
        if (length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        problems.respond(request, response, callback, problem);
        return true;
    }

    private static InetAddress address(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
