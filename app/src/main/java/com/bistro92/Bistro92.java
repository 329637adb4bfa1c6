package com.bistro92;

import com.bistro92.backup.BackupSchedule;
import com.bistro92.backup.Backups;
import com.bistro92.bill.Bills;
import com.bistro92.dashboard.DashboardQueries;
import com.bistro92.demo.DemoHistory;
import com.bistro92.demo.DemoRestaurant;
import com.bistro92.history.OrderHistory;
import com.bistro92.integration.Integrations;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.Journal;
import com.bistro92.journal.h2.RedoLog;
import com.bistro92.journal.LogVerifier;
import com.bistro92.json.Json;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.metrics.Metrics;
import com.bistro92.money.Money;
import com.bistro92.order.Orders;
import com.bistro92.print.Printers;
import com.bistro92.report.ZReports;
import com.bistro92.server.HttpServer;
import com.bistro92.server.Limits;
import com.bistro92.server.TlsOptions;
import com.bistro92.settings.Settings;
import com.bistro92.settings.SettingsStore;
import com.bistro92.staff.FirstPin;
import com.bistro92.staff.PinHasher;
import com.bistro92.staff.Staff;
import com.bistro92.staff.StaffToken;
import com.bistro92.stock.Stock;
import com.bistro92.store.Database;
import com.bistro92.store.PrivateFiles;
import com.bistro92.table.Displays;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableSessions;
import com.bistro92.tls.CertificateNames;
import com.bistro92.waittime.WaitTimes;
import com.bistro92.tls.CertificateRenewal;
import com.bistro92.tls.Fingerprint;
import com.bistro92.tls.IdentityStore;
import com.bistro92.tls.ServerIdentity;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part of the suite once and wires them through
 * constructors. Start-up goes database, journal recovery, migrations, demo data and first
 * settings, the journal's writer, the features, the TLS certificate, then Jetty; shutdown runs in
 * reverse. A restore ({@link Restore}) closes one instance and starts another on the restored data.
 */
public final class Bistro92 implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bistro92.class);

    /** The only address the throwaway suite of {@link #startScratch} listens on. */
    public static final String SCRATCH_HOST = "127.0.0.1";

    /**
     * Where and how the data is kept: the H2 file system ({@code ""} for the default, or a prefix
     * such as {@code "nio:"}), and how often the database itself is checkpointed.
     */
    public record Storage(String fileSystem, Duration checkpointEvery) {
        public static final Storage DEFAULT = new Storage("", RedoLog.CHECKPOINT_EVERY);
    }

    private final Database database;
    private final Journal journal;
    private final int recovered;
    private final HttpServer.Services services;
    private final HttpServer http;
    private final TlsOptions tls;
    private final ObjectMapper json;
    private final ExecutorService hashing = Executors.newVirtualThreadPerTaskExecutor();
    private final Staff staff;
    private final DashboardQueries dashboard;
    private final SettingsStore settings;
    private final Backups backups;
    private final BackupSchedule schedule;
    /** Issues the server's certificate again while serving; null for a suite given its identity (tests, scratch). */
    private final CertificateRenewal renewal;
    private final Started started;
    private boolean dataClosed;

    /**
     * What a start spends on secrets: how staff PINs are hashed, and the certificate ({@code null}:
     * the data folder's own, loaded or made on a thread of its own). A real start always pays the
     * full price; the warm-up's throwaway suite, which nobody signs in to, hashes its PINs cheaply and
     * is handed a certificate already made. Tests start the same way ({@link #startCheaply}).
     */
    record Secrets(PinHasher pins, ServerIdentity identity) {

        static Secrets real() {
            return new Secrets(new PinHasher(new SecureRandom()), null);
        }

        static Secrets cheap(ServerIdentity identity) {
            return new Secrets(PinHasher.scratch(new SecureRandom()), java.util.Objects.requireNonNull(identity));
        }
    }

    /** How this instance was started, so that a restore can start its successor the same way. */
    record Started(Options options, Clock clock, Storage storage, Limits limits, Secrets secrets, String host) {
    }

    private Bistro92(Database database, Journal journal, int recovered, HttpServer.Services services,
                     HttpServer http, TlsOptions tls, ObjectMapper json, SettingsStore settings, Backups backups,
                     BackupSchedule schedule, CertificateRenewal renewal, Started started) {
        this.staff = new Staff(journal, database.dsl(), started.secrets().pins(), json, started.clock(), hashing);
        this.dashboard = new DashboardQueries(database.dsl(), started.clock());
        this.database = database;
        this.journal = journal;
        this.recovered = recovered;
        this.services = services;
        this.http = http;
        this.tls = tls;
        this.json = json;
        this.settings = settings;
        this.backups = backups;
        this.schedule = schedule;
        this.renewal = renewal;
        this.started = started;
    }

    /** Starts the server side of the suite with {@code options}, timed by {@code clock}. */
    public static Bistro92 start(Options options, Clock clock) throws Exception {
        return start(options, clock, Storage.DEFAULT);
    }

    /** Starts the server side keeping its data as {@code storage} says; tests use a file system that can cut the power. */
    public static Bistro92 start(Options options, Clock clock, Storage storage) throws Exception {
        return start(options, clock, storage, Limits.DEFAULT);
    }

    /**
     * Starts the server side within {@code limits}; tests use limits that treat only 127.0.0.1 as
     * this computer, so that other loopback addresses can play guests' devices.
     */
    public static Bistro92 start(Options options, Clock clock, Storage storage, Limits limits) throws Exception {
        return start(new Started(options, clock, storage, limits, Secrets.real(), null));
    }

    /**
     * Starts a throwaway suite in {@code folder}, on free ports of {@value #SCRATCH_HOST} only (no
     * device on the LAN can reach it), with the demo restaurant and {@code identity} as its
     * certificate: what the warm-up sends its practice orders to. Its staff PINs are hashed cheaply,
     * since nobody ever signs in to it.
     */
    public static Bistro92 startScratch(Path folder, ServerIdentity identity, Clock clock) throws Exception {
        return start(new Started(new Options(true, false, 0, 0, folder), clock, Storage.DEFAULT, Limits.DEFAULT,
                Secrets.cheap(identity), SCRATCH_HOST));
    }

    /**
     * For tests only, which is why it is package-private and no command-line option reaches it: as
     * {@link #start(Options, Clock, Storage, Limits)}, at the warm-up's cost ({@link Secrets#cheap}),
     * so that each of the tests' hundreds of starts pays neither the full PIN hashing nor a key
     * pair of its own. A test checks that a real start still pays the full price.
     */
    static Bistro92 startCheaply(Options options, Clock clock, Storage storage, Limits limits,
                                 ServerIdentity identity) throws Exception {
        return start(new Started(options, clock, storage, limits, Secrets.cheap(identity), null));
    }

    /** Starts again as {@code how} started, on {@code options}: a restore's successor. */
    static Bistro92 startAgain(Options options, Started how) throws Exception {
        return start(new Started(options, how.clock(), how.storage(), how.limits(), how.secrets(), how.host()));
    }

    private static void dataFolder(Options options) {
        try {
            PrivateFiles.folder(options.data());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + options.data(), e);
        }
    }

    /** {@code how.host()} is the one address to listen on, or null for every interface. */
    private static Bistro92 start(Started how) throws Exception {
        Options options = how.options();
        Clock clock = how.clock();
        Storage storage = how.storage();
        dataFolder(options);
        IdentityStore identities = how.secrets().identity() != null ? null
                : new IdentityStore(options.data(), clock, new SecureRandom(), CertificateNames::thisComputer);
        Background<ServerIdentity> identity = identities == null
                ? Background.done(how.secrets().identity())
                // the TLS identity needs nothing from the database: it loads (PKCS12 key derivation, a
                // signature check) on a thread of its own while the database opens and migrates
                : Background.start("tls-identity", identities::loadOrCreate);
        // Jackson's mapper takes a quarter of a second to build cold: beside the database's opening
        Background<ObjectMapper> mapper = Background.start("json-mapper", Json::newMapper);
        Database database = DatabaseChoice.open(options, storage);
        Journal journal = null;
        BackupSchedule schedule = null;
        // one registry per instance, passed to what records into it: a restored or scratch suite has its own
        Metrics metrics = new Metrics();
        try {
            int recovered = DatabaseChoice.recover(database);
            database.keepPrivate();
            try (var alone = DatabaseChoice.writingAlone(database)) {
                // another node of a shared database may be starting too: one migrates and seeds
                database.migrate();
                new DemoRestaurant(database.dsl(), how.secrets().pins(), new FirstPin(options.data()), clock).seedIfNew();
                SettingsStore.seedIfEmpty(database.dsl(), Settings.load(options.data()));
                if (options.demoHistory() > 0) {
                    new DemoHistory(database.dsl(), clock, new SplittableRandom(92)).fillIfNew(options.demoHistory());
                }
            }
            journal = DatabaseChoice.startJournal(database, storage, clock, metrics);
            StaffToken staff = StaffToken.load(options.data(), new SecureRandom());
            ObjectMapper json = mapper.join();
            SettingsStore settings = new SettingsStore(journal, database.dsl(), json);
            HttpServer.Services services = SuiteServices.build(journal, database, staff, settings::current,
                    settings.current().serverNames(), json, clock, metrics);
            journal.hearOtherNodes();
            Settings now = settings.current();
            Backups backups = new Backups(database.dsl(), settings::current, options.data(), clock,
                    database.server() == null ? null : database.shown());
            schedule = new BackupSchedule(backups, settings::current, journal.events(), clock);
            TlsOptions tls = new TlsOptions(options.portsGiven() ? options.tlsPort() : now.tlsPort(),
                    identity.join(), now.padsRequireTls());
            HttpServer http = HttpServer.start(how.host(), options.portsGiven() ? options.port() : now.port(), tls,
                    services, how.limits(), json, clock);
            LOG.info("HTTPS for pads on port {}, certificate SHA-256 {}", http.tlsPort(), tls.identity().fingerprint());
            CertificateRenewal renewal = identities == null ? null
                    : CertificateRenewal.start(identities, tls.identity(), http::serve);
            return new Bistro92(database, journal, recovered, services, http, tls, json, settings, backups, schedule,
                    renewal, how);
        } catch (Exception e) {
            if (schedule != null) {
                schedule.close();
            }
            if (journal != null) {
                journal.close();
            }
            database.close();
            metrics.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    /** The server's route table: every method and path it answers, and who may call it. */
    public java.util.List<com.bistro92.server.Router.RouteInfo> routes() {
        return http.routes();
    }

    /** The HTTPS/WSS port pads on the LAN use. */
    public int tlsPort() {
        return http.tlsPort();
    }

    /** The SHA-256 of the certificate on {@link #tlsPort()}, which the pairing code carries and pads pin. */
    public Fingerprint fingerprint() {
        return tls.identity().fingerprint();
    }

    /** The key and certificate on {@link #tlsPort()}, as issued last. */
    public ServerIdentity identity() {
        return renewal != null ? renewal.current() : tls.identity();
    }

    /**
     * Issues the server's certificate again now if it is due (an address changed, or its end is
     * near), as the suite does by itself every few minutes; whether it did.
     */
    public boolean renewCertificateIfDue() {
        return renewal != null && renewal.check();
    }

    /** Whether pads on the LAN must use HTTPS/WSS ({@code pads.requireTls}). */
    public boolean padsRequireTls() {
        return tls.padsRequireTls();
    }

    public Orders orders() {
        return services.orders();
    }

    public Pairing pairing() {
        return services.pairing();
    }

    /** The staff credential, for the suite's own clients and local tools. */
    public StaffToken staffToken() {
        return services.staff();
    }

    /** How long orders take, learned from the kitchen's history. */
    public WaitTimes waits() {
        return services.waits();
    }

    /** Counts on hand, which orders take from. */
    public Stock stock() {
        return services.stock();
    }

    /** Outside systems with tokens of their own: inventory, accounting. */
    public Integrations integrations() {
        return services.integrations();
    }

    /** The kitchen and receipt printers, each following the event log. */
    public Printers printers() {
        return services.printers();
    }

    /** Second kitchen screens and ready boards on other PCs: their codes, pairings and revocations. */
    public Displays displays() {
        return services.displays();
    }

    public TableSessions sessions() {
        return services.sessions();
    }

    /** The floor at a glance, for the Tables & Pads screen. */
    public TableOverview tableOverview() {
        return new TableOverview(database.dsl(), services.pairing());
    }

    /** Past orders: search, detail with who did what, CSV export. */
    public OrderHistory history() {
        return new OrderHistory(database.dsl(), json);
    }

    public MenuLookup menu() {
        return services.menu();
    }

    public MenuChanges menuChanges() {
        return services.menuChanges();
    }

    /** The currency of every price, as {@code GET /api/v1/menu} states it. */
    public Supplier<Currency> currency() {
        return services.currency();
    }

    /** Shows amounts in {@link #currency()} with two decimals, in the system's locale. */
    public Money money() {
        return money(services.currency());
    }

    /** Amounts in {@code currency} with two decimals, in the system's locale. */
    static Money money(Supplier<Currency> currency) {
        return new Money(currency, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** End-of-day reports, by day in the restaurant's time zone. */
    public ZReports reports() {
        return new ZReports(database.dsl(), started.clock());
    }

    /** The one event stream every screen subscribes to. */
    public EventStream events() {
        return journal.events();
    }

    public Journal journal() {
        return journal;
    }

    /** The manager's dashboard figures: sums kept per day, so make one and share it. */
    public DashboardQueries dashboard() {
        return dashboard;
    }

    /** Tables' bills and payments. */
    public Bills bills() {
        return services.bills();
    }

    /** Staff accounts and signing in. */
    public Staff staff() {
        return staff;
    }

    /** Checks the event log's hash chain; see {@link LogVerifier}. */
    public LogVerifier logVerifier() {
        return new LogVerifier(database.dsl());
    }

    /** How many groups of changes the journal had to replay into the database at this start. */
    public int recovered() {
        return recovered;
    }

    public ObjectMapper json() {
        return json;
    }

    public Database database() {
        return database;
    }

    /** The settings: {@code current()} to read them, {@code change(...)} to save; changes are {@code SettingsChanged} events. */
    public SettingsStore settings() {
        return settings;
    }

    /** Backups now, on schedule, and the check of a file before a restore. */
    public Backups backups() {
        return backups;
    }

    Started started() {
        return started;
    }

    /** Answers every new request 503 with Retry-After and waits a moment for those under way. */
    void pause() throws InterruptedException {
        int left = http.pause(Duration.ofSeconds(5));
        if (left > 0) {
            LOG.warn("{} request(s) were still running when the server paused", left);
        }
    }

    /** Serves again after {@link #pause}, when a restore could not go ahead. */
    void resume() {
        http.resume();
    }

    /** Stops the schedule, drains the journal and closes the database; the paused server stays up. */
    void closeData() {
        schedule.close();
        journal.close();
        database.close();
        dataClosed = true;
    }

    /** Stops accepting requests, lets in-flight ones finish, drains the journal, closes the database. */
    @Override
    public void close() {
        schedule.close();
        if (renewal != null) {
            renewal.close();
        }
        try {
            http.close();
        } catch (Exception e) {
            LOG.error("The HTTP server did not stop cleanly", e);
        }
        SuiteServices.stop(services);
        hashing.shutdownNow();
        if (!dataClosed) {
            dataClosed = true;
            journal.close();
            database.close();
        }
        services.metrics().close();
    }
}
