package com.bistro92.server;

import com.bistro92.problem.Problem;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets requests from this computer through and refuses every other address with 401, until
 * pads are paired and present a token. Covers HTTP and WebSocket upgrades alike.
 */
final class LanGuard extends Handler.Wrapper {

    private final Problems problems;

    LanGuard(Problems problems) {
        this.problems = problems;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (isLocal(request.getConnectionMetaData().getRemoteSocketAddress())) {
            return super.handle(request, response, callback);
        }
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"bistro92\"");
        problems.respond(request, response, callback, new Problem(401, "Not paired",
                "This device is not paired with Bistro92. Only the restaurant's own computer may use the server"
                        + " without a token; pair this device in Tables & Pads first."));
        return true;
    }

    /** True for a loopback address, i.e. a client on this same computer. */
    static boolean isLocal(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                && inet.getAddress().isLoopbackAddress();
    }
}
