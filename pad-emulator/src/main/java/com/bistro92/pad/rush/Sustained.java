package com.bistro92.pad.rush;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * {@code sustained}: a closed loop of workers (virtual threads), each sending its next order as
 * soon as the previous one is answered. Orders sent during the warm-up are verified but not measured.
 */
final class Sustained implements LoadMode {

    private static final Duration DRAIN = Duration.ofSeconds(60);
    /** A worker whose POST got no response at all waits this long, so a dead server is not hammered in a spin. */
    private static final long BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final RushOptions options;
    private final ObjectMapper mapper;
    private final PrintStream out;
    private final int listenerCount;

    Sustained(RushOptions options, ObjectMapper mapper, PrintStream out) {
        this.options = options;
        this.mapper = mapper;
        this.out = out;
        this.listenerCount = options.listenersFor(Mode.SUSTAINED);
    }

    @Override
    public String load() {
        return options.concurrency() + " workers, " + options.seconds() + " s, " + LoadMode.listeners(listenerCount);
    }

    @Override
    public String measures() {
        return "POST sent -> 201";
    }

    @Override
    public RunSummary run() throws Exception {
        Deadline deadline = Deadline.after(Duration.ofSeconds(options.warmupFor(Mode.SUSTAINED) + options.seconds()).plus(DRAIN));
        MenuMix menu = new MenuMix(options.items());
        try (SeedClient client = SeedClient.start(options, mapper, options.concurrency());
             Listeners listeners = Listeners.open(listenerCount, options.feeds(), mapper.getFactory(),
                     RunCheck.receiptCap(listenerCount), deadline)) {
            out.println("sustained: " + options.concurrency() + " workers for " + options.warmupFor(Mode.SUSTAINED) + " s warm-up + "
                    + options.seconds() + " s ...");
            long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.warmupFor(Mode.SUSTAINED));
            long end = measureFrom + TimeUnit.SECONDS.toNanos(options.seconds());
            Queue<PlacedOrder> placed = new ConcurrentLinkedQueue<>();
            AtomicLong numbers = new AtomicLong();
            List<Future<?>> workers = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int w = 0; w < options.concurrency(); w++) {
                    workers.add(pool.submit(() -> work(client, menu, numbers, end, deadline, placed)));
                }
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            Outcomes outcomes = new Outcomes(List.copyOf(placed));
            LatencyStats feed = listenerCount > 0 ? new LatencyStats() : null;
            Verdict verdict = RunCheck.finish(client, listeners, outcomes, deadline, feed);
            return summary(outcomes, order -> order.sentNanos() - measureFrom >= 0 && order.sentNanos() - end < 0,
                    feed, verdict);
        }
    }

    private static void work(SeedClient client, MenuMix menu, AtomicLong numbers, long end, Deadline deadline,
                             Queue<PlacedOrder> placed) {
        while (System.nanoTime() - end < 0 && !deadline.passed() && !Thread.currentThread().isInterrupted()) {
            byte[] body = client.encode(menu.order(numbers.getAndIncrement()));
            PlacedOrder order = Outcomes.awaitOne(client.place(body, deadline), deadline);
            placed.add(order);
            if (order.status() == PlacedOrder.NO_RESPONSE) {
                LockSupport.parkNanos(BACKOFF_NANOS);
            }
        }
    }

    private RunSummary summary(Outcomes outcomes, Predicate<PlacedOrder> measured, LatencyStats feed, Verdict verdict) {
        LatencyStats post = outcomes.latency(measured);
        long ok = post.count();
        long failed = outcomes.count(measured.and(order -> !order.isAcknowledged()));
        double rate = (double) ok / options.seconds();
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(Figure.THROUGHPUT, Math.round(rate * 10) / 10.0, "orders/s"),
                new Figure(Figure.OK, ok, ""),
                new Figure("failed", failed, "")));
        figures.addAll(post.figures(""));
        List<String> lines = new ArrayList<>();
        lines.add("sustained: " + Figure.format(Math.round(rate * 10) / 10.0) + " orders/s (" + ok + " ok, " + failed
                + " failed in " + options.seconds() + " s after a " + options.warmupFor(Mode.SUSTAINED) + " s warm-up), "
                + post.describe());
        if (!outcomes.describeFailures().isEmpty()) {
            lines.add("sustained: whole run " + outcomes.describeFailures());
        }
        if (feed != null) {
            figures.addAll(feed.figures("feed "));
            lines.add("feed: POST sent -> new_order received, " + feed.count() + " (listener, order) pairs: "
                    + feed.describe());
        }
        lines.add(verdict.line());
        return new RunSummary(Mode.SUSTAINED, load(), measures(), figures, lines, verdict.pass());
    }
}
