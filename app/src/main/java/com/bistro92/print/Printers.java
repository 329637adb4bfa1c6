package com.bistro92.print;

import static com.bistro92.db.Tables.PRINTER;

import com.bistro92.bill.Bill;
import com.bistro92.bill.Bills;
import com.bistro92.bill.Receipt;
import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.journal.LogEntry;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.json.Envelope;
import com.bistro92.money.Money;
import com.bistro92.order.Order;
import com.bistro92.order.OrderFilter;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen and receipt printers: their setup (a command on the journal, as every change is),
 * and one {@link PrintWorker} per printer that follows the event log and prints. Nothing here is
 * on the order path: an order is acknowledged when it is on disk, and a printer that is off, slow
 * or gone only delays its own slips.
 */
public final class Printers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Printers.class);
    public static final int MAX_PRINTERS = 20;

    final IdSeries printerIds = IdSeries.of(PRINTER, PRINTER.ID);
    private final Journal journal;
    private final DSLContext reads;
    private final ObjectMapper json;
    private final Clock clock;
    private final Orders orders;
    private final Bills bills;
    private final Supplier<Money> money;
    private final ScheduledExecutorService timer;
    private final PrinterLink link;
    private final KitchenScreens screens;
    private final SlipPlan plan;
    private final Map<Integer, PrintWorker> workers = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> devices = new ConcurrentHashMap<>();
    /** This suite node, in its claims on slips: another node on the same database prints none of its. */
    private final String node = java.util.UUID.randomUUID().toString();
    private AutoCloseable subscription;

    /**
     * @param pairedDisplays how many kitchen displays are paired
     * @param screensGrace   how long every display must be gone before the screens count as stopped
     */
    public Printers(Journal journal, DSLContext reads, ObjectMapper json, Clock clock, Orders orders, Bills bills,
                    Supplier<Money> money, IntSupplier pairedDisplays, Duration screensGrace) {
        this.journal = journal;
        this.reads = reads;
        this.json = json;
        this.clock = clock;
        this.orders = orders;
        this.bills = bills;
        this.money = money;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("printers").factory());
        this.link = new PrinterLink(timer);
        this.screens = new KitchenScreens(journal, pairedDisplays, timer, screensGrace);
        this.plan = new SlipPlan(json, new Tickets(clock.getZone()), new Sources());
    }

    /**
     * How another suite node's printer events read back from the log, typed as this node's own:
     * registered once per journal, beside the one printer service of the suite.
     */
    public static void readOtherNodes(com.bistro92.journal.OtherNodes nodes, ObjectMapper json) {
        nodes.decode(PrinterEvent.Saved.TYPE, row -> new PrinterEvent.Saved(row.seq(),
                Envelope.read(json, row.payload()).body("printer", Printer.class), row.payload()));
        nodes.decode(PrinterEvent.Removed.TYPE, row -> new PrinterEvent.Removed(row.seq(),
                Envelope.read(json, row.payload()).body("printer", Removed.class).id(), row.payload()));
        nodes.decode(PrinterEvent.StateChanged.TYPE, row -> {
            Said said = Envelope.read(json, row.payload()).body("printer", Said.class);
            return new PrinterEvent.StateChanged(row.seq(), said.id(), said.name(), said.state(), row.payload());
        });
        nodes.decode(PrinterEvent.Printed.TYPE, row -> new PrinterEvent.Printed(row.seq(),
                Envelope.read(json, row.payload()).body("slip", PrinterEvent.Slip.class), row.payload()));
        nodes.decode(PrinterEvent.Requested.TYPE, row -> new PrinterEvent.Requested(row.seq(),
                Envelope.read(json, row.payload()).body("request", PrintRequest.class), row.payload()));
        nodes.decode(ScreensEvent.Down.TYPE, row -> new ScreensEvent.Down(row.seq(), row.payload()));
        nodes.decode(ScreensEvent.Back.TYPE, row -> new ScreensEvent.Back(row.seq(), row.payload()));
    }

    /** The body of {@code printer_removed}. */
    record Removed(int id) {
    }

    /** The body of {@code printer_state}. */
    record Said(int id, String name, PrinterState state, String words) {
    }

    /** With the screens counted as stopped after {@link KitchenScreens#GRACE}. */
    public Printers(Journal journal, DSLContext reads, ObjectMapper json, Clock clock, Orders orders, Bills bills,
                    Supplier<Money> money, IntSupplier pairedDisplays) {
        this(journal, reads, json, clock, orders, bills, money, pairedDisplays, KitchenScreens.GRACE);
    }

    /** Starts a worker for every printer, and follows the setup's changes. */
    public Printers start() {
        subscription = journal.events().subscribe(LoggedEvent.class, this::heard);
        load().forEach(this::startWorker);
        return this;
    }

    private List<Printer> load() {
        return reads.selectFrom(PRINTER).where(PRINTER.REMOVED.isFalse()).orderBy(PRINTER.ID)
                .fetch(r -> new Printer(r.getId(), new PrinterSetup(r.getName(), r.getHost(), r.getPort(),
                        r.getPaperMm(), r.getStations().isEmpty() ? List.of() : Arrays.asList(r.getStations().split(",")),
                        r.getReceipts(), r.getScreensDownOnly(), r.getFallbackId(), r.getFallbackAfterS()),
                        PrinterState.valueOf(r.getState()), r.getPrintedSeq()));
    }

    private void heard(LoggedEvent event) {
        switch (event) {
            case PrinterEvent.Saved saved -> {
                PrintWorker worker = workers.get(saved.printer().id());
                if (worker == null) {
                    startWorker(saved.printer());
                } else {
                    worker.reconfigure(saved.printer());
                }
            }
            case PrinterEvent.Removed removed -> {
                PrintWorker worker = workers.remove(removed.printerId());
                if (worker != null) {
                    worker.stop();
                }
            }
            default -> { }
        }
        workers.values().forEach(PrintWorker::wake);
    }

    private void startWorker(Printer printer) {
        PrintWorker worker = new PrintWorker(this, printer);
        if (workers.putIfAbsent(printer.id(), worker) == null) {
            Thread.ofVirtual().name("printer-" + printer.id()).start(worker);
        }
    }

    /** Every printer, with what it last said, by id. */
    public List<Printer> printers() {
        return workers.values().stream().map(PrintWorker::printer).sorted(Comparator.comparingInt(Printer::id))
                .toList();
    }

    public Optional<Printer> printer(int id) {
        PrintWorker worker = workers.get(id);
        return worker == null ? Optional.empty() : Optional.of(worker.printer());
    }

    /** Adds a printer ({@code id} null) or changes one; 422 and nothing written when the setup is wrong. */
    public CompletableFuture<Printer> save(Integer id, PrinterSetup setup, Integer by) {
        try {
            setup.validate();
            if (id == null && workers.size() >= MAX_PRINTERS) {
                throw Problem.unprocessable("Too many printers", List.of(new Problem.FieldError("name",
                        "a restaurant has at most " + MAX_PRINTERS + " printers")));
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return journal.submit(new PrinterCommands.Save(id, setup, by, this));
    }

    public CompletableFuture<Integer> remove(int id, Integer by) {
        return journal.submit(new PrinterCommands.Remove(id, by, this));
    }

    /**
     * Prints an order's ticket again, marked REPRINT: on {@code printerId}, or (null) on every
     * printer of the order's stations. 404 for an unknown order; 409 when no printer prints it.
     */
    public CompletableFuture<List<PrintRequest>> reprint(long orderId, Integer printerId, Integer by) {
        Optional<Order> order = orders.find(orderId);
        if (order.isEmpty()) {
            return CompletableFuture.failedFuture(Problem.notFound("There is no order " + orderId));
        }
        List<PrintRequest> requests = new ArrayList<>();
        for (Printer p : printers()) {
            boolean mine = order.get().items().stream().anyMatch(i -> p.setup().prints(i.station()));
            if (printerId != null ? p.id() == printerId : mine) {
                requests.add(new PrintRequest(PrintRequest.Kind.REPRINT, p.id(), orderId, null, by));
            }
        }
        if (requests.isEmpty()) {
            return CompletableFuture.failedFuture(printerId != null
                    ? Problem.notFound("There is no printer " + printerId)
                    : Problem.conflict("No printer", "No printer prints the stations of order " + orderId));
        }
        return journal.submit(new PrinterCommands.Request(requests, this));
    }

    /** Prints a party's bill on {@code printerId}, or (null) on the first receipt printer; 409 when there is none. */
    public CompletableFuture<List<PrintRequest>> receipt(long sessionId, Integer printerId, Integer by) {
        Optional<Printer> printer = printerId != null ? printer(printerId)
                : printers().stream().filter(p -> p.setup().receipts()).findFirst();
        if (printer.isEmpty()) {
            return CompletableFuture.failedFuture(printerId != null
                    ? Problem.notFound("There is no printer " + printerId)
                    : Problem.conflict("No receipt printer", "No printer is set to print receipts; see Settings"));
        }
        return journal.submit(new PrinterCommands.Request(List.of(new PrintRequest(PrintRequest.Kind.RECEIPT,
                printer.get().id(), null, sessionId, by)), this));
    }

    /** Whether the kitchen screens follow; the order feed tells it of displays' feeds. */
    public KitchenScreens screens() {
        return screens;
    }

    @Override
    public void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("Unsubscribing the printers", e);
            }
        }
        workers.values().forEach(PrintWorker::stop);
        workers.clear();
        timer.shutdownNow();
    }

    // ---- for the workers and the commands

    List<LogEntry> log(long after, int limit) {
        return journal.replay(after, limit);
    }

    SlipPlan plan() {
        return plan;
    }

    Instant now() {
        return clock.instant();
    }

    long lastSeq() {
        return journal.lastSeq();
    }

    ObjectMapper json() {
        return json;
    }

    /** Sends a slip; one conversation at a time with each printer, whoever's slip it is. */
    PrinterState send(String host, int port, byte[] slip) {
        return withDevice(host, port, () -> link.send(host, port, slip));
    }

    PrinterState ask(String host, int port) {
        return withDevice(host, port, () -> link.ask(host, port));
    }

    private PrinterState withDevice(String host, int port, Supplier<PrinterState> talk) {
        ReentrantLock device = devices.computeIfAbsent(host.toLowerCase(java.util.Locale.ROOT) + ":" + port,
                k -> new ReentrantLock());
        device.lock();
        try {
            return talk.get();
        } finally {
            device.unlock();
        }
    }

    void stateChanged(int id, String name, PrinterState state) {
        LOG.info("Printer {} is {}", name, state.words());
        journal.submit(new PrinterCommands.ChangeState(id, name, state, this));
    }

    /** Whether this node may print the slip of event {@code seq}: no other node printed it or is printing it. */
    boolean claim(int id, long seq) {
        return journal.submit(new PrinterCommands.Claim(id, seq, node)).orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Moves the printer on after a slip, through the writer; waits for it, so the next slip starts after. */
    void printed(PrinterEvent.Slip slip) {
        journal.submit(new PrinterCommands.Printed(slip, this)).orTimeout(30, TimeUnit.SECONDS).join();
    }

    void skipped(int id, long throughSeq) {
        journal.submit(new PrinterCommands.Skipped(id, throughSeq)).orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** What a slip reads beside its event. */
    private final class Sources implements SlipPlan.Sources {
        @Override
        public Optional<Order> order(long id) {
            return orders.find(id);
        }

        @Override
        public Optional<Bill> bill(long sessionId) {
            return bills.ofSession(sessionId);
        }

        @Override
        public Receipt receipt(Bill bill) {
            return Receipt.of(bill, money.get(), clock.instant(), clock.getZone());
        }

        @Override
        public List<Order> openOrders() {
            List<Order> open = new ArrayList<>(orders.page(new OrderFilter(java.util.Set.of(OrderStatus.PLACED,
                    OrderStatus.RECEIVED, OrderStatus.PREPARING), null, null, null, 500, 0), null, 500));
            open.sort(Comparator.comparingLong(Order::id));
            return open;
        }

        @Override
        public boolean screensFollowing() {
            return screens.following();
        }

        @Override
        public Instant now() {
            return clock.instant();
        }
    }
}
