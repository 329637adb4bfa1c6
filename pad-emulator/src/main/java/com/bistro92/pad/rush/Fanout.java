package com.bistro92.pad.rush;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code fanout}: many feed listeners, orders at a fixed rate. Sends follow a schedule (open
 * loop), so a slow answer never delays the next order; the headline latency runs from a POST
 * being sent to each listener receiving that order's {@code new_order}.
 */
final class Fanout implements LoadMode {

    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final RushOptions options;
    private final ObjectMapper mapper;
    private final PrintStream out;
    private final int listenerCount;

    Fanout(RushOptions options, ObjectMapper mapper, PrintStream out) {
        this.options = options;
        this.mapper = mapper;
        this.out = out;
        this.listenerCount = options.listenersFor(Mode.FANOUT);
    }

    @Override
    public String load() {
        int warmup = options.warmupFor(Mode.FANOUT);
        return LoadMode.listeners(listenerCount) + (options.listenAlso() == null ? "" : " split over two nodes")
                + ", " + options.rate() + " orders/s, " + options.seconds() + " s"
                + (warmup > 0 ? " after a " + warmup + " s warm-up" : "");
    }

    @Override
    public String measures() {
        return "POST sent -> new_order on each listener";
    }

    @Override
    public RunSummary run() throws Exception {
        int warmup = options.warmupFor(Mode.FANOUT);
        if (warmup > 0) {
            // the same load, on listeners of its own, so that both JVMs are warm for the measured part
            RunSummary warm = pass(warmup);
            out.println("fanout: " + warmup + " s warm-up " + (warm.pass() ? "done" : "FAILED") + "; measuring ...");
            if (!warm.pass()) {
                return warm;
            }
        }
        return pass(options.seconds());
    }

    private RunSummary pass(int seconds) throws Exception {
        int orders = options.rate() * seconds;
        Deadline deadline = Deadline.after(Duration.ofSeconds(seconds).plus(DRAIN));
        MenuMix menu = new MenuMix(options.items());
        long opening = System.nanoTime();
        try (SeedClient client = SeedClient.start(options, mapper, Math.min(orders, RushOptions.MAX_ORDERS));
             Listeners listeners = Listeners.open(listenerCount, options.feeds(), mapper.getFactory(),
                     RunCheck.receiptCap(listenerCount), deadline)) {
            out.println("fanout: " + LoadMode.listeners(listeners.size()) + " ready in "
                    + Math.round((System.nanoTime() - opening) / 1e6) + " ms; sending " + orders + " orders at "
                    + options.rate() + "/s ...");
            List<CompletableFuture<PlacedOrder>> pending = new ArrayList<>(orders);
            long start = System.nanoTime();
            long maxLag = 0;
            for (int i = 0; i < orders && !deadline.passed(); i++) {
                long due = start + i * 1_000_000_000L / options.rate();
                for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                    LockSupport.parkNanos(left);
                }
                maxLag = Math.max(maxLag, System.nanoTime() - due);
                pending.add(client.place(client.encode(menu.order(i)), deadline));
            }
            Outcomes outcomes = Outcomes.await(pending, deadline);
            LatencyStats feed = new LatencyStats();
            Verdict verdict = RunCheck.finish(client, listeners, outcomes, deadline, feed);
            return summary(outcomes, feed, maxLag / 1e6, verdict, seconds);
        }
    }

    private RunSummary summary(Outcomes outcomes, LatencyStats feed, double maxLagMs, Verdict verdict, int seconds) {
        LatencyStats post = outcomes.latency(order -> true);
        int ok = outcomes.acknowledged();
        double rate = (double) ok / seconds;
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(Figure.THROUGHPUT, Math.round(rate * 10) / 10.0, "orders/s"),
                new Figure(Figure.OK, ok, ""),
                new Figure("pairs", feed.count(), "")));
        figures.addAll(feed.figures(""));
        figures.addAll(post.figures("post "));
        figures.add(new Figure("send lag max", Math.round(maxLagMs * 10) / 10.0, "ms"));
        List<String> lines = new ArrayList<>();
        lines.add("fanout: " + ok + "/" + outcomes.total() + " ok at " + options.rate() + " orders/s for "
                + seconds + " s (send lag max " + LatencyStats.ms(maxLagMs) + " ms); POST -> 201 "
                + post.describe());
        if (!outcomes.describeFailures().isEmpty()) {
            lines.add("fanout: " + outcomes.describeFailures());
        }
        lines.add("fanout: POST sent -> new_order received, " + feed.count() + " (listener, order) pairs over "
                + LoadMode.listeners(listenerCount) + ": " + feed.describe());
        lines.add(verdict.line());
        return new RunSummary(Mode.FANOUT, load(), measures(), figures, lines, verdict.pass());
    }
}
