package com.bistro92.server;

import com.bistro92.journal.Journal;
import com.bistro92.net.LanAddress;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.order.Orders;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Jetty 12 server (core API, no servlets): the seed and v1 routes, the
 * {@code /ws/orders} feed, the access guard, and a graceful stop that lets in-flight requests finish.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Server server;
    private final ServerConnector connector;
    private final ServerConnector secure;
    private final OrderFeed feed;

    private HttpServer(Server server, ServerConnector connector, ServerConnector secure, OrderFeed feed) {
        this.server = server;
        this.connector = connector;
        this.secure = secure;
        this.feed = feed;
    }

    /** The features the routes serve. */
    public record Services(Journal journal, Orders orders, MenuLookup menu, MenuChanges menuChanges, Pairing pairing,
                           TableSessions sessions) {
    }

    /** Starts serving on {@code port} and, with TLS, on {@code tls.port()} (0 picks a free one) on every interface. */
    public static HttpServer start(int port, TlsOptions tls, Services services, ObjectMapper json, Clock clock)
            throws Exception {
        Orders orders = services.orders();
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("http");
        Server server = new Server(threads);
        server.setStopTimeout(STOP_TIMEOUT.toMillis());

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setAcceptQueueSize(1024);
        connector.setIdleTimeout(Duration.ofMinutes(2).toMillis());
        server.addConnector(connector);
        ServerConnector secure = TlsConnector.add(server, http, tls);

        Problems problems = new Problems(json);
        OrderFeed feed = new OrderFeed(services.journal(), orders, services.pairing(), json);
        ServerInfo info = new ServerInfo(orders, services.journal(), clock, connector::getLocalPort, feed::clients);
        Router router = new Router(json, problems);
        new SeedRoutes(orders, info, clock.getZone()).register(router);
        new OrderRoutes(orders).register(router);
        new MenuRoutes(services.menu(), json).register(router);
        new ServiceRoutes(orders, services.menuChanges()).register(router);
        new PadRoutes(services.pairing(), services.sessions(), clock).register(router);

        WebSocketUpgradeHandler websockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofMinutes(2));
            container.setMaxTextMessageSize(64 * 1024);
            container.addMapping("/ws/orders", FeedEndpoint.creator(feed, problems));
        });
        websockets.setHandler(router);

        AccessGuard guard = new AccessGuard(services.pairing(), problems);
        guard.setHandler(websockets);
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(guard);
        server.setHandler(graceful);
        server.start();
        LOG.info("Serving on port {} ({}:{} for pads)", connector.getLocalPort(), LanAddress.best(),
                connector.getLocalPort());
        return new HttpServer(server, connector, secure, feed);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The HTTPS/WSS port. */
    public int tlsPort() {
        return secure.getLocalPort();
    }

    /** Stops accepting, lets in-flight requests finish, then closes the feed. */
    @Override
    public void close() throws Exception {
        server.stop();
        feed.close();
        LOG.info("Server stopped");
    }
}
