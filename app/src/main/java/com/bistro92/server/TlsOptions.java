package com.bistro92.server;

import com.bistro92.tls.ServerIdentity;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.server.Request;

/**
 * The HTTPS side of the server: its port, the certificate it shows, and whether pads must use it.
 *
 * @param port           the HTTPS/WSS port on every interface; 0 picks a free one
 * @param identity       the key and self-signed certificate that pads pin
 * @param padsRequireTls {@code pads.requireTls}: pads on the LAN may pair and use their token only over HTTPS/WSS
 */
public record TlsOptions(int port, ServerIdentity identity, boolean padsRequireTls) {

    /**
     * Whether a pad's token, or a pairing, must be refused on {@code request}: pads must use TLS,
     * the request came over plain HTTP, and not from this computer (loopback stays plain, for the
     * staff screens and the tools).
     */
    public boolean padMustUseTls(Request request) {
        return padMustUseTls(padsRequireTls, request.isSecure(),
                request.getConnectionMetaData().getRemoteSocketAddress());
    }

    static boolean padMustUseTls(boolean required, boolean secure, SocketAddress remote) {
        boolean loopback = remote instanceof InetSocketAddress inet && inet.getAddress() != null
                && inet.getAddress().isLoopbackAddress();
        return required && !secure && !loopback;
    }
}
