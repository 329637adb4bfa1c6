package com.bistro92.print;

import com.bistro92.journal.Command;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the kitchen screens are following the orders: the paired displays' feeds, as the order
 * feed opens and closes them. When every paired display has lost its feed for {@link #GRACE} (a
 * reconnect is quicker), the suite logs {@code kitchen_screens_down}; printers set to stand in for
 * the screens then print what their stations still have to make, and every new ticket, until a
 * display is back ({@code kitchen_screens_back}). With no display paired, the kitchen is the main
 * PC's own screen, which always follows.
 */
public final class KitchenScreens {

    private static final Logger LOG = LoggerFactory.getLogger(KitchenScreens.class);
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Journal journal;
    private final IntSupplier paired;
    private final ScheduledExecutorService timer;
    private final Duration grace;
    private final Map<Integer, Integer> live = new ConcurrentHashMap<>();
    private volatile boolean down;

    KitchenScreens(Journal journal, IntSupplier paired, ScheduledExecutorService timer, Duration grace) {
        this.journal = journal;
        this.paired = paired;
        this.timer = timer;
        this.grace = grace;
    }

    /** A display's feed opened. */
    public void connected(int displayId) {
        live.merge(displayId, 1, Integer::sum);
        if (down) {
            down = false;
            LOG.info("A kitchen display follows the orders again");
            journal.submit(new Said(false));
        }
    }

    /** A display's feed closed. */
    public void disconnected(int displayId) {
        live.computeIfPresent(displayId, (id, n) -> n > 1 ? n - 1 : null);
        if (live.isEmpty()) {
            timer.schedule(this::check, grace.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether the orders reach a kitchen screen now. */
    public boolean following() {
        return !down;
    }

    private void check() {
        if (live.isEmpty() && !down && paired.getAsInt() > 0) {
            down = true;
            LOG.warn("No kitchen display has followed the orders for {} s", grace.toSeconds());
            journal.submit(new Said(true));
        }
    }

    /** Logs that the screens stopped or came back. */
    private record Said(boolean stopped) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            if (stopped) {
                tx.log(seq -> new ScreensEvent.Down(seq, Wire.envelope(ScreensEvent.Down.TYPE, seq)));
            } else {
                tx.log(seq -> new ScreensEvent.Back(seq, Wire.envelope(ScreensEvent.Back.TYPE, seq)));
            }
            return null;
        }
    }
}
