package com.bistro92.pad.cli;

import com.bistro92.pad.client.CertificatePins;
import com.bistro92.pad.client.Stopping;
import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * A process's one HTTP client and the one WebSocket client built on it, started together and
 * stopped together. The pad and the trainer each start one for their process and pass its clients on. Over HTTPS and WSS
 * both accept only the certificates pinned in {@link #pins()}; plain HTTP works as ever.
 */
public final class Transport implements AutoCloseable {

    private final HttpClient http;
    private final WebSocketClient websockets;
    private final CertificatePins pins;

    private Transport(HttpClient http, WebSocketClient websockets, CertificatePins pins) {
        this.http = http;
        this.websockets = websockets;
        this.pins = pins;
    }

    /** Starts both clients; close the result to stop them. */
    public static Transport start() throws Exception {
        CertificatePins pins = new CertificatePins();
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setSslContext(pins.sslContext());
        // the pin is the check: a pad reaches the server by an address the certificate need not name
        tls.setEndpointIdentificationAlgorithm(null);
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(tls);
        HttpClient http = new HttpClient(new HttpClientTransportOverHTTP(connector));
        http.setName("pad-http");
        // a pad speaks only to the server it was paired with, so it never follows a redirect elsewhere
        http.setFollowRedirects(false);
        http.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Bistro92-pad"));
        WebSocketClient websockets = new WebSocketClient(http);
        // the server pings every 30 s, which Jetty's default idle timeout of 30 s would race; a feed silent
        // for longer than this is dead, and reconnects
        websockets.setIdleTimeout(Duration.ofMinutes(2));
        // a feed's first message holds the day's orders of its table, well beyond Jetty's default of 64 KB
        websockets.setMaxTextMessageSize(16L * 1024 * 1024);
        Transport transport = new Transport(http, websockets, pins);
        try {
            http.start();
            // a pad sends its own token and shows a 401 as it comes; Jetty would otherwise take it up as a challenge
            http.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
            websockets.start();
            return transport;
        } catch (Exception e) {
            transport.close();
            throw e;
        }
    }

    /** The HTTP client, for plain requests. */
    public HttpClient http() {
        return http;
    }

    /** The certificates the clients accept over HTTPS and WSS: pin a server's before talking to it. */
    public CertificatePins pins() {
        return pins;
    }

    /** The WebSocket client; it opens its connections through {@link #http()}. */
    public WebSocketClient websockets() {
        return websockets;
    }

    /** Stops both clients, ending whatever is still open; a failure to stop is logged, not thrown. */
    @Override
    public void close() {
        Stopping.stop(websockets, "the WebSocket client");
        Stopping.stop(http, "the HTTP client");
    }
}
