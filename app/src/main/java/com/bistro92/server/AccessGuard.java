package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.Pairing;
import com.bistro92.table.PadIdentity;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Decides who is calling, for HTTP and WebSocket upgrades alike. A request with
 * {@code Authorization: Bearer <token>} is the pad that token belongs to, from any address; a
 * bad or revoked token is 401. Without a token, this computer (loopback) is staff, and every
 * other address may only pair; anything else is 401.
 */
final class AccessGuard extends Handler.Wrapper {

    static final String PAIR_PATH = "/api/v1/pads/pair";

    private final Pairing pairing;
    private final Problems problems;

    AccessGuard(Pairing pairing, Problems problems) {
        this.pairing = pairing;
        this.problems = problems;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        Caller caller;
        if (authorization != null) {
            Optional<PadIdentity> pad = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? pairing.authenticate(authorization.substring(7)) : Optional.empty();
            if (pad.isEmpty()) {
                return refuse(request, response, callback, "This pad's token is not valid or has been revoked."
                        + " Pair the pad again with a code from Tables & Pads.");
            }
            caller = new Caller.Pad(pad.get());
        } else if (isLocal(request.getConnectionMetaData().getRemoteSocketAddress())) {
            caller = new Caller.Staff();
        } else if (PAIR_PATH.equals(Request.getPathInContext(request))) {
            caller = new Caller.Unpaired();
        } else {
            return refuse(request, response, callback, "This device is not paired with Bistro92. Only the"
                    + " restaurant's own computer may use the server without a token; pair this device in"
                    + " Tables & Pads first.");
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return super.handle(request, response, callback);
    }

    private boolean refuse(Request request, Response response, Callback callback, String detail) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"bistro92\"");
        problems.respond(request, response, callback, new Problem(401, "Not paired", detail));
        return true;
    }

    /** True for a loopback address, i.e. a client on this same computer. */
    static boolean isLocal(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                && inet.getAddress().isLoopbackAddress();
    }
}
