package com.bistro92.dashboardview;

import com.bistro92.dashboard.Dashboard;
import com.bistro92.dashboard.DashboardQueries;
import com.bistro92.dashboard.DateRange;
import com.bistro92.dashboard.KitchenLatency;
import com.bistro92.journal.Event;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.settings.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's state: the range chosen, and its figures. It listens to the one event stream
 * and never polls the database: an event asks for a recount, and a burst of events (a rush)
 * gives one recount at most every {@link #GAP_MILLIS}, run on the model's own thread and handed to
 * the FX thread when done.
 */
public final class DashboardModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardModel.class);
    /** The shortest time between two recounts caused by events. */
    static final long GAP_MILLIS = 300;

    private final DashboardQueries queries;
    private final EventStream events;
    private final Supplier<Settings> settings;
    private final Supplier<KitchenLatency> kitchen;
    private final Clock clock;
    private final Executor fx;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean recountQueued = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DateRange> range;
    private final ReadOnlyObjectWrapper<KitchenLatency.Figures> latency =
            new ReadOnlyObjectWrapper<>(KitchenLatency.Figures.NO_SCREEN);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private volatile DateRange wanted;
    private volatile long lastRecount;
    private LocalDate today;
    private AutoCloseable subscription;

    /**
     * @param settings the settings now in force: the kitchen's yellow and red thresholds
     * @param kitchen  the kitchen screen's own measurements, asked on each recount
     * @param fx       runs a task on the FX thread ({@code Platform::runLater} in the app)
     */
    public DashboardModel(DashboardQueries queries, EventStream events, Supplier<Settings> settings,
                          Supplier<KitchenLatency> kitchen, Clock clock, Executor fx) {
        this.queries = queries;
        this.events = events;
        this.settings = settings;
        this.kitchen = kitchen;
        this.clock = clock;
        this.fx = fx;
        this.today = LocalDate.now(clock);
        this.wanted = DateRange.of(DateRange.Kind.TODAY, today);
        this.range = new ReadOnlyObjectWrapper<>(wanted);
        ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("dashboard").daemon().factory());
        thread.setRemoveOnCancelPolicy(true);
        this.worker = thread;
    }

    /** Months of past days whose sums are read ahead at start, newest first: a year and its month before. */
    public static final int MONTHS_AHEAD = 13;

    /**
     * Subscribes to the event stream, counts today, then reads the last {@link #MONTHS_AHEAD} months
     * ahead, a month per task, so that a range switch asked for meanwhile waits for one month at most
     * and every range within them then answers from the kept sums.
     */
    public void start() {
        subscription = events.subscribe(this::heard);
        worker.execute(this::recount);
        LocalDate first = today.withDayOfMonth(1);
        for (int m = 0; m < MONTHS_AHEAD; m++) {
            LocalDate from = first.minusMonths(m);
            worker.execute(() -> {
                try {
                    queries.warm(from, from.plusMonths(1).minusDays(1));
                } catch (RuntimeException e) {
                    LOG.warn("The dashboard could not read {} ahead", from.getMonth(), e);
                }
            });
        }
    }

    /** On the journal's thread: note what changed, and ask for one recount soon. */
    private void heard(Event event) {
        if (!(event instanceof LoggedEvent)) {
            return;
        }
        queries.changed(event);
        if (recountQueued.compareAndSet(false, true)) {
            long wait = Math.max(0, lastRecount + GAP_MILLIS - System.currentTimeMillis());
            worker.schedule(this::recount, wait, TimeUnit.MILLISECONDS);
        }
    }

    /** Shows {@code chosen} on every tile (FX thread). */
    public void select(DateRange chosen) {
        wanted = chosen;
        range.set(chosen);
        worker.execute(this::recount);
    }

    /** Shows the preset {@code kind} as of today (FX thread). */
    public void select(DateRange.Kind kind) {
        select(DateRange.of(kind, LocalDate.now(clock)));
    }

    private void recount() {
        recountQueued.set(false);
        lastRecount = System.currentTimeMillis();
        DateRange asked = wanted;
        try {
            Settings now = settings.get();
            Dashboard figures = queries.load(asked, now.warnAfter(), now.lateAfter());
            KitchenLatency.Figures screen = kitchen.get().lastHour();
            fx.execute(() -> {
                latency.set(screen);
                if (asked.equals(wanted)) {
                    dashboard.set(figures);
                    problem.set("");
                }
            });
        } catch (RuntimeException e) {
            LOG.error("The dashboard could not read its figures", e);
            fx.execute(() -> problem.set("Cannot read the figures; they will update with the next order"));
        }
    }

    /**
     * The view's clock, every few seconds (FX thread): reads the kitchen's figures from memory, and
     * after midnight moves a preset range on to the new day.
     */
    public void tick() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(today)) {
            today = now;
            DateRange shown = range.get();
            if (shown.kind() != DateRange.Kind.CUSTOM) {
                select(shown.kind());
                return;
            }
        }
        worker.execute(() -> {
            KitchenLatency.Figures screen = kitchen.get().lastHour();
            fx.execute(() -> latency.set(screen));
        });
    }

    /** The figures of the range chosen; null until the first count is in. */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** How fast new orders reached a kitchen screen in the last hour. */
    public ReadOnlyObjectProperty<KitchenLatency.Figures> latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    /** Empty, or why the figures are not up to date. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the data folder is a training copy. */
    public boolean trainingData() {
        return settings.get().trainingData();
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        worker.shutdownNow();
    }
}
