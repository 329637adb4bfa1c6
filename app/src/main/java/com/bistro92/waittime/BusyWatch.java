package com.bistro92.waittime;

import com.bistro92.journal.Command;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.order.OrderEvent;
import com.bistro92.settings.Settings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Watches for an overloaded kitchen: as many food tickets past red (older than the kitchen's red
 * threshold) as the setting {@code pads.busyWhenLateTickets} says. A ticket turns red with time,
 * not with an event, so the watch looks every {@link #EVERY_S} seconds, and at once after each order
 * event; a change is logged as {@link KitchenBusy}, which every pad hears.
 */
public final class BusyWatch implements AutoCloseable {

    static final int EVERY_S = 20;

    private final WaitTimes waits;
    private final Journal journal;
    private final Supplier<Settings> settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AutoCloseable subscription;
    private volatile KitchenBusy.Load said = new KitchenBusy.Load(false, 0, null);

    public BusyWatch(WaitTimes waits, Journal journal, Supplier<Settings> settings, ObjectMapper json, Clock clock) {
        this.waits = waits;
        this.journal = journal;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kitchen-busy")
                .factory());
        timer.scheduleWithFixedDelay(this::check, EVERY_S, EVERY_S, TimeUnit.SECONDS);
        journal.otherNodes().decode(KitchenBusy.TYPE, row -> new KitchenBusy(row.seq(),
                com.bistro92.json.Envelope.read(json, row.payload()).body("kitchen", KitchenBusy.Load.class),
                row.payload()));
        this.subscription = journal.events().subscribe(OrderEvent.class, e -> {
            if (scheduled.compareAndSet(false, true)) {
                timer.execute(this::check);
            }
        });
    }

    /** The kitchen's load as the pads were last told it. */
    public KitchenBusy.Load now() {
        KitchenBusy.Load load = said;
        return new KitchenBusy.Load(load.busy(), load.lateTickets(), waits.typicalWaitS().orElse(null));
    }

    private void check() {
        scheduled.set(false);
        Settings s = settings.get();
        int late = waits.placedBefore(clock.instant().minus(s.lateAfter()));
        int threshold = s.webPads().busyLateTickets();
        boolean busy = threshold > 0 && late >= threshold;
        if (busy != said.busy()) {
            KitchenBusy.Load load = new KitchenBusy.Load(busy, late, waits.typicalWaitS().orElse(null));
            said = load;
            journal.submit(new Say(load, json));
        }
    }

    /** Logs the kitchen's new load. */
    private record Say(KitchenBusy.Load load, ObjectMapper json) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            byte[] body = Wire.bytes(json, load);
            tx.log(seq -> new KitchenBusy(seq, load, Wire.envelope(KitchenBusy.TYPE, seq, "kitchen", body)));
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
        timer.shutdownNow();
    }
}
