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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Warms the order path as soon as the suite serves, so that the first rush does not meet a cold
 * JIT: a throwaway suite (demo menu, its own database in a temporary folder, the same code from
 * Jetty to the journal) takes practice orders over loopback HTTP, with a feed listener on its
 * WebSocket, for at most {@link Budget}. It then closes and its folder is deleted; the real
 * database never sees a practice order.
 *
 * <p>It gives way to real work: the first order placed on the real suite stops it, since real
 * orders warm the same code. Its own log lines are muted (the MDC key {@value #MDC_KEY}, which
 * {@code ConsoleLogging} filters), except the one line that says how it went.
 */
public final class Warmup implements AutoCloseable {

    /** The MDC key set on the warm-up's thread, so that the throwaway suite's start-up stays out of the log. */
    public static final String MDC_KEY = "warmup";

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /** How much practice: at most {@code orders}, for at most {@code time}, {@code concurrency} at a time. */
    public record Budget(int orders, Duration time, int concurrency) {
        public static final Budget DEFAULT = new Budget(4_000, Duration.ofSeconds(15), 16);
    }

    /** How a warm-up went: orders acknowledged, time taken, and why it stopped. */
    public record Done(int orders, Duration took, String why) {
    }

    private final Thread thread;
    private final AutoCloseable realOrders;
    private final Practice practice;

    private Warmup(Practice practice, Thread thread, AutoCloseable realOrders) {
        this.practice = practice;
        this.thread = thread;
        this.realOrders = realOrders;
    }

    /**
     * Starts warming up on a thread of its own. {@code identity} is the real suite's certificate
     * (the throwaway suite needs one, and making a new key would cost more than the warm-up);
     * {@code real} is the real suite's event stream, whose first order stops the warm-up. The
     * throwaway suite's folder is made in {@code under}, and deleted at the end.
     */
    public static Warmup start(ServerIdentity identity, EventStream real, Clock clock, Budget budget, Path under,
                               Consumer<Done> whenDone) {
        Practice practice = new Practice(budget);
        AutoCloseable realOrders = real.subscribe(OrderEvent.class, event -> practice.stop("a real order came in"));
        Thread thread = Thread.ofPlatform().name("warm-up").daemon(true).unstarted(() -> {
            Done done = run(identity, clock, practice, under);
            LOG.info("Warm-up: {} practice orders in {} ms ({}); the order path is warm", done.orders(),
                    done.took().toMillis(), done.why());
            whenDone.accept(done);
        });
        thread.setPriority(Thread.MIN_PRIORITY);
        Warmup warmup = new Warmup(practice, thread, realOrders);
        thread.start();
        return warmup;
    }

    private static Done run(ServerIdentity identity, Clock clock, Practice practice, Path under) {
        long started = System.nanoTime();
        Path folder = null;
        MDC.put(MDC_KEY, "1");
        try {
            folder = Files.createTempDirectory(under, "bistro92-warm-up");
            try (Bistro92 scratch = Bistro92.startScratch(folder, identity, clock)) {
                practice.against(scratch.port());
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
        return new Done(practice.acknowledged(), Duration.ofNanos(System.nanoTime() - started), practice.why());
    }

    /** Whether the warm-up has finished. */
    public boolean finished() {
        return !thread.isAlive();
    }

    /** Stops the warm-up and waits for its throwaway suite to close. */
    @Override
    public void close() throws InterruptedException {
        practice.stop("the suite is stopping");
        try {
            realOrders.close();
        } catch (Exception e) {
            LOG.debug("Cannot unsubscribe the warm-up", e);
        }
        thread.join(STOP_WAIT);
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
