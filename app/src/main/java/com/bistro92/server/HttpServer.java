package com.bistro92.server;

import com.bistro92.bill.Bills;
import com.bistro92.integration.Integrations;
import com.bistro92.journal.Journal;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.menu.Suggestions;
import com.bistro92.metrics.Metrics;
import com.bistro92.net.LanAddress;
import com.bistro92.order.Orders;
import com.bistro92.print.Printers;
import com.bistro92.problem.Problem;
import com.bistro92.server.feed.FeedEndpoint;
import com.bistro92.server.feed.OrderFeed;
import com.bistro92.staff.StaffToken;
import com.bistro92.stock.Stock;
import com.bistro92.table.Displays;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableOpening;
import com.bistro92.table.TableSessions;
import com.bistro92.tls.ServerIdentity;
import com.bistro92.waittime.BusyWatch;
import com.bistro92.waittime.WaitTimes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
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
    /** A connection with nothing to say for this long is closed (a feed's pings keep it open). */
    private static final Duration IDLE = Duration.ofSeconds(30);

    /**
     * On every answer: a browser must take a body for the type it is sent as. Without it, a page of
     * another site could load {@code /api/orders} as a script.
     */
    static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    /** No page of the suite's tells another site where it came from (a pairing path, a table's page). */
    static final HttpField NO_REFERRER = new PreEncodedHttpField("Referrer-Policy", "no-referrer");

    /**
     * The remote addresses that are this computer, trusted and exempt from every per-device rule:
     * loopback only. Tests of those rules come from a real second address, never from a wider
     * predicate, which would hide the bugs that only a real device meets.
     */
    private static final Predicate<InetAddress> THIS_COMPUTER = InetAddress::isLoopbackAddress;

    private final Server server;
    private final ServerConnector connector;
    private final ServerConnector secure;
    private final OrderFeed feed;
    private final Reads reads;
    private final Pause pause;
    private final List<Router.RouteInfo> routes;

    private HttpServer(Server server, ServerConnector connector, ServerConnector secure, OrderFeed feed, Reads reads,
                       Pause pause, List<Router.RouteInfo> routes) {
        this.routes = routes;
        this.server = server;
        this.connector = connector;
        this.secure = secure;
        this.feed = feed;
        this.reads = reads;
        this.pause = pause;
    }

    /**
     * The features the routes serve, the staff credential, and the metrics.
     *
     * @param currency the currency of every price on the menu, asked at each menu request (so a
     *                 currency set in the settings takes effect at once)
     * @param monitor  whether an address is the monitoring server's, asked at each request for the
     *                 metrics without a token (so a change in the settings takes effect at once)
     * @param webPadIdle how long a web pad waits without a touch before clearing a half-built order,
     *                 asked each time a pad asks who it is
     * @param guestsOpenTables whether a party may open its table with a phone, asked at each request
     */
    public record Services(Journal journal, Orders orders, MenuLookup menu, MenuChanges menuChanges, Pairing pairing,
                           TableSessions sessions, StaffToken staff, Supplier<Currency> currency,
                           List<String> hostNames, Bills bills, Displays displays, Metrics metrics,
                           Predicate<InetAddress> monitor, Suggestions suggestions,
                           Supplier<java.time.Duration> webPadIdle, TableOpening opening,
                           BooleanSupplier guestsOpenTables, Printers printers, Stock stock,
                           Integrations integrations, WaitTimes waits, BusyWatch busy) {
    }

    /**
     * Starts serving on {@code port} and, with TLS, on {@code tls.port()} (0 picks a free one) on
     * every interface, within {@code limits}.
     */
    public static HttpServer start(int port, TlsOptions tls, Services services, Limits limits, ObjectMapper json,
                                   Clock clock)
            throws Exception {
        return start(null, port, tls, services, limits, json, clock);
    }

    /**
     * As {@link #start(int, TlsOptions, Services, Limits, ObjectMapper, Clock)}, with both ports
     * bound to {@code host} only (an address such as {@code 127.0.0.1}), or to every interface
     * when {@code host} is null.
     */
    public static HttpServer start(String host, int port, TlsOptions tls, Services services, Limits limits,
                                   ObjectMapper json, Clock clock)
            throws Exception {
        Orders orders = services.orders();
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("http");
        Server server = new Server(threads);
        server.setStopTimeout(STOP_TIMEOUT.toMillis());

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setMinRequestDataRate(limits.minBytesPerSecond());
        http.addCustomizer((request, responseHeaders) -> {
            responseHeaders.put(NO_SNIFF);
            responseHeaders.put(NO_REFERRER);
            return request;
        });
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(1024);
        connector.setIdleTimeout(IDLE.toMillis());
        DeviceConnections devices = new DeviceConnections(limits.connectionsPerDevice(), THIS_COMPUTER);
        connector.addBean(devices);
        server.addConnector(connector);
        ServerConnector secure = TlsConnector.add(server, http, tls, host);
        secure.setIdleTimeout(IDLE.toMillis());
        secure.addBean(devices);
        server.addBean(new NetworkConnectionLimit(limits.connections(), server));

        Problems problems = new Problems(json);
        server.setErrorHandler(new JsonErrors(problems));
        Reads reads = new Reads();
        OrderFeed feed = new OrderFeed(services.journal(), orders, services.pairing(), services.sessions(), limits,
                reads, json, services.printers().screens());
        ServerInfo info = new ServerInfo(orders, services.journal(), clock, connector::getLocalPort, secure::getLocalPort,
                feed::clients);
        PadRates padOrders = new PadRates(limits.padOrders(), clock, "orders");
        Router router = new Router(json, problems, limits.bodyDeadline());
        new SeedRoutes(orders, services.sessions(), padOrders, reads, info, clock.getZone()).register(router);
        new OrderRoutes(orders, services.sessions(), padOrders).register(router);
        new TicketRoutes(orders).register(router);
        new MenuRoutes(services.menu(), services.menuChanges(), services.currency(), services.suggestions(), json)
                .register(router);
        new ServiceRoutes(orders, new PadRates(limits.padCalls(), clock, "calls for service")).register(router);
        new PadRoutes(services.pairing(), services.sessions(), services.webPadIdle(), services.guestsOpenTables())
                .register(router);
        new TableRoutes(services.sessions()).register(router);
        new BillRoutes(services.bills()).register(router);
        new DisplayRoutes(services.displays(), secure::getLocalPort, tls.identity().fingerprint()).register(router);
        new PrinterRoutes(services.printers(), services.bills()).register(router);
        new StockRoutes(services.stock()).register(router);
        router.get("/api/v1/kitchen/wait", Access.MENU, ex -> ex.json(200, services.busy().now()));
        new IntegrationRoutes(services.integrations()).register(router);
        router.get(OrderFeed.PATH, Access.FEED, HttpServer::notAnUpgrade);
        new DocsRoutes(json).register(router);
        new TrustRoutes(tls.identity(), tls.identity().host()).register(router);
        new PadAppRoutes().register(router);
        PairingGate openingGate = new PairingGate(limits.pairing(), (until, attempts) -> LOG.warn(
                "Opening tables by phone is paused until {}: {} wrong codes were tried in a minute", until, attempts),
                "Opening tables", "table codes", clock);
        new OpeningRoutes(services.opening(), services.sessions(), openingGate, services.guestsOpenTables(),
                connector::getLocalPort, clock).register(router);
        new MetricsRoutes(services.metrics()).register(router);
        measure(services, feed);

        WebSocketUpgradeHandler websockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofMinutes(1));
            container.setMaxTextMessageSize(64 * 1024);
            container.setMaxFrameSize(64 * 1024);
            container.addMapping(OrderFeed.PATH, FeedEndpoint.creator(feed, problems));
        });
        websockets.setHandler(Compressing.around(router));

        PairingGate gate = new PairingGate(limits.pairing(), services.pairing(), clock);
        AccessGuard guard = new AccessGuard(router, services.pairing(), services.displays(), services.integrations(), services.staff(), gate, new HostCheck(Set.copyOf(services.hostNames())),
                () -> Set.of(connector.getLocalPort(), secure.getLocalPort()), THIS_COMPUTER,
                tls::padMustUseTls, services.monitor(), problems);
        guard.setHandler(websockets);
        Pause pause = new Pause(problems);
        pause.setHandler(guard);
        RequestMetrics outcomes = new RequestMetrics(services.metrics(),
                router::template);
        outcomes.setHandler(pause);
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(outcomes);
        server.setHandler(graceful);
        server.start();
        if (host == null) {
            LOG.info("Serving HTTP on port {} and HTTPS on port {} (pads: https://{}:{})", connector.getLocalPort(),
                    secure.getLocalPort(), LanAddress.best(), secure.getLocalPort());
        } else {
            LOG.info("Serving HTTP on {}:{} and HTTPS on {}:{} only", host, connector.getLocalPort(), host,
                    secure.getLocalPort());
        }
        return new HttpServer(server, connector, secure, feed, reads, pause, router.routes());
    }

    /** {@code GET /ws/orders} that is not a WebSocket upgrade: the feed speaks only WebSocket. */
    private static void notAnUpgrade(Exchange ex) {
        ex.answerHeader(HttpHeader.UPGRADE, "websocket");
        throw new Problem(426, "Upgrade required", "Open " + OrderFeed.PATH + " as a WebSocket");
    }

    /** The route table: every method and path this server answers, and who may call it. */
    public List<Router.RouteInfo> routes() {
        return routes;
    }

    /** The figures read at each scrape: the writer's queue, the feed's clients and bytes, the pads online. */
    private static void measure(Services services, OrderFeed feed) {
        Metrics metrics = services.metrics();
        metrics.gauge("bistro92.journal.queue", "Commands waiting for the single writer", services.journal(),
                Journal::queued);
        metrics.gauge("bistro92.feed.clients", "Live WebSocket feed clients (kitchen screens, displays, pads)", feed,
                OrderFeed::clients);
        metrics.gauge("bistro92.feed.queued.bytes", "Bytes waiting to be sent to feed clients, over all of them",
                feed, OrderFeed::queuedBytes);
        metrics.gauge("bistro92.pads.online", "Paired pads holding a live connection", services.pairing(),
                Pairing::onlineCount);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Serves {@code identity} from now on: new HTTPS connections get its certificate, open ones keep theirs. */
    public void serve(ServerIdentity identity) throws Exception {
        secure.getConnectionFactory(SslConnectionFactory.class).getSslContextFactory().reload(ssl -> {
            ssl.setKeyStore(identity.keyStore());
            ssl.setKeyStorePassword(identity.password());
        });
    }

    /** The HTTPS/WSS port. */
    public int tlsPort() {
        return secure.getLocalPort();
    }

    /**
     * Answers every new request 503 with {@code Retry-After} until {@link #resume}, and waits up to
     * {@code drain} for the requests already under way; returns how many were still running.
     */
    public int pause(Duration drain) throws InterruptedException {
        return pause.pause(drain);
    }

    /** Serves requests again after {@link #pause}. */
    public void resume() {
        pause.resume();
    }

    /** Stops accepting, lets in-flight requests finish, then closes the feed. */
    @Override
    public void close() throws Exception {
        server.stop();
        feed.close();
        reads.close();
        LOG.info("Server stopped");
    }
}
