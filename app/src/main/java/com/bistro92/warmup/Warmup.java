package com.bistro92.warmup;

import com.bistro92.Bistro92;
import com.bistro92.journal.EventStream;
import com.bistro92.order.OrderEvent;
import com.bistro92.tls.ServerIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Warms the order path as soon as the suite serves, so that the first rush does not meet a cold
 * JIT: a throwaway suite (demo menu, its own database in a temporary folder, the same code from
 * Jetty to the journal, listening on 127.0.0.1 only) takes practice orders over loopback HTTP, with
 * a feed listener on its WebSocket, within a {@link Budget}. It then closes and its folder is
 * deleted; the real database never sees a practice order.
 *
 * <p>It stays behind everything real. It begins only once {@code after} completes (the desktop's
 * window is drawn); its threads run at a lower priority ({@link LowPriority}); it sends a few
 * practice orders at a time; and while real orders come faster than the budget's rate it pauses,
 * then goes on once they calm down, until its budget is spent. A single early order, or a pad
 * that reconnects, therefore does not leave the first rush cold. Its own log lines are muted (the
 * MDC key {@value #MDC_KEY}, which {@code ConsoleLogging} filters), except the one line that says
 * how it went.
 */
public final class Warmup implements AutoCloseable {

    /** The MDC key set on the warm-up's thread, so that the throwaway suite's start-up stays out of the log. */
    public static final String MDC_KEY = "warmup";

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /**
     * How much practice: at most {@code orders}, {@code concurrency} at a time, for at most
     * {@code time} of practice. It pauses while more than {@code realPerSecond} real order events
     * come within a second, and gives up once it has waited {@code pausedAtMost} in all (by then
     * the real orders have warmed the path themselves).
     */
    public record Budget(int orders, Duration time, int concurrency, int realPerSecond, Duration pausedAtMost) {

        /**
         * 4,000 orders, 4 at a time (on two cores, more in flight only queue), within 15 s of
         * practice; paused while real orders come faster than 4 a second (a trickle of a few a
         * second goes on beside it), for a minute at most.
         */
        public static final Budget DEFAULT = new Budget(4_000, Duration.ofSeconds(15), 4, 4, Duration.ofMinutes(1));

        /** At most {@code orders}, {@code concurrency} at a time, within {@code time}, yielding as {@link #DEFAULT} does. */
        public Budget(int orders, Duration time, int concurrency) {
            this(orders, time, concurrency, 4, Duration.ofMinutes(1));
        }
    }

    /**
     * How a warm-up went: practice orders acknowledged, the time it took (from the throwaway suite's
     * start to its end), how long of it the practice paused for real orders, and why it stopped.
     */
    public record Done(int orders, Duration took, Duration paused, String why) {
    }

    private final Thread thread;
    private final AutoCloseable realOrders;
    private final Practice practice;
    private final AtomicBoolean over;
    private boolean begun;
    private boolean closed;

    private Warmup(Practice practice, Thread thread, AutoCloseable realOrders, AtomicBoolean over) {
        this.practice = practice;
        this.over = over;
        this.thread = thread;
        this.realOrders = realOrders;
    }

    /** As {@link #start(ServerIdentity, EventStream, Clock, Budget, Path, CompletionStage, Consumer)}, beginning at once. */
    public static Warmup start(ServerIdentity identity, EventStream real, Clock clock, Budget budget, Path under,
                               Consumer<Done> whenDone) {
        return start(identity, real, clock, budget, under, CompletableFuture.completedFuture(null), whenDone);
    }

    /**
     * Warms up on a thread of its own once {@code after} completes (however it completes).
     * {@code identity} is the real suite's certificate (the throwaway suite needs one, and making a
     * new key would cost more than the warm-up); {@code real} is the real suite's event stream,
     * whose order events make the practice pause. The throwaway suite's folder is made in
     * {@code under}, and deleted at the end.
     */
    public static Warmup start(ServerIdentity identity, EventStream real, Clock clock, Budget budget, Path under,
                               CompletionStage<?> after, Consumer<Done> whenDone) {
        RealOrders heard = new RealOrders(budget.realPerSecond(), System::nanoTime);
        Practice practice = new Practice(budget, heard);
        AtomicBoolean over = new AtomicBoolean();
        AutoCloseable realOrders = real.subscribe(OrderEvent.class, event -> heard.hear());
        Thread thread = Thread.ofPlatform().name("warm-up").daemon(true).unstarted(() -> {
            // the JDK's shared pools get their threads at the suite's priority, not the warm-up's
            SharedPools.startAll();
            // then lower it, so that every thread the throwaway suite and the client start inherits it
            String priority = LowPriority.lowerThisThread();
            Done done = run(identity, clock, practice, under);
            over.set(true);
            closeQuietly(realOrders);
            LOG.info("Warm-up: {} practice orders in {} ms {}, paused {} ms for real orders ({}); the order path"
                            + " is warm", done.orders(), done.took().toMillis(), priority, done.paused().toMillis(),
                    done.why());
            whenDone.accept(done);
        });
        Warmup warmup = new Warmup(practice, thread, realOrders, over);
        after.whenComplete((ignored, failure) -> warmup.begin());
        return warmup;
    }

    private synchronized void begin() {
        if (!closed && !begun) {
            begun = true;
            thread.start();
        }
    }

    private static Done run(ServerIdentity identity, Clock clock, Practice practice, Path under) {
        long started = System.nanoTime();
        Path folder = null;
        MDC.put(MDC_KEY, "1");
        try {
            folder = Files.createTempDirectory(under, "bistro92-warm-up");
            try (Bistro92 scratch = Bistro92.startScratch(folder, identity, clock)) {
                practice.against(Bistro92.SCRATCH_HOST, scratch.port());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            practice.stop("stopped");
        } catch (Exception e) {
            practice.stop("it failed: " + e);
        } finally {
            MDC.remove(MDC_KEY);
            deleteQuietly(folder);
        }
        return new Done(practice.acknowledged(), Duration.ofNanos(System.nanoTime() - started), practice.paused(),
                practice.why());
    }

    /** Whether the warm-up has begun (its {@code after} completed), whether or not it has finished since. */
    public synchronized boolean begun() {
        return begun;
    }

    /** Practice orders acknowledged so far. */
    public int practiceOrders() {
        return practice.acknowledged();
    }

    /** Whether the warm-up has begun and finished: its throwaway suite closed and deleted. */
    public boolean finished() {
        return over.get();
    }

    /** Stops the warm-up (or keeps it from beginning) and waits for its throwaway suite to close. */
    @Override
    public void close() throws InterruptedException {
        practice.stop("the suite is stopping");
        closeQuietly(realOrders);
        boolean running;
        synchronized (this) {
            closed = true;
            running = begun;
        }
        if (running) {
            thread.join(STOP_WAIT);
        }
    }

    private static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("Cannot unsubscribe the warm-up", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.debug("Cannot delete the warm-up's folder {}", folder, e);
        }
    }
}
