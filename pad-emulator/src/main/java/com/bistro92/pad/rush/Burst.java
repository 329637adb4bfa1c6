package com.bistro92.pad.rush;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.client.Connection;
import org.eclipse.jetty.client.Request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code burst}: every POST in flight at once, as when all pads of a full room send together.
 * Requests are built and one connection per order is opened before the first send, so the
 * figures measure the server's answer to the burst, not TCP set-up.
 */
final class Burst implements LoadMode {

    private static final Duration CAP = Duration.ofSeconds(60);

    private final RushOptions options;
    private final ObjectMapper mapper;
    private final int listenerCount;

    Burst(RushOptions options, ObjectMapper mapper) {
        this.options = options;
        this.mapper = mapper;
        this.listenerCount = options.listenersFor(Mode.BURST);
    }

    @Override
    public String load() {
        return options.orders() + " orders at once, " + LoadMode.listeners(listenerCount);
    }

    @Override
    public String measures() {
        return "POST sent -> 201";
    }

    @Override
    public RunSummary run() throws Exception {
        int orders = options.orders();
        Deadline deadline = Deadline.after(CAP);
        MenuMix menu = new MenuMix(options.items());
        try (SeedClient client = SeedClient.start(options, mapper, orders);
             Listeners listeners = Listeners.open(listenerCount, options.feeds(), mapper.getFactory(),
                     RunCheck.receiptCap(listenerCount), deadline)) {
            List<Request> requests = new ArrayList<>(orders);
            for (int i = 0; i < orders; i++) {
                requests.add(client.prepare(client.encode(menu.order(i)), deadline));
            }
            long opening = System.nanoTime();
            List<Connection> connections = client.connect(orders, deadline);
            try {
                long connectNanos = System.nanoTime() - opening;
                List<CompletableFuture<PlacedOrder>> pending = new ArrayList<>(orders);
                for (int i = 0; i < orders; i++) {
                    pending.add(client.send(requests.get(i), connections.get(i)));
                }
                Outcomes outcomes = Outcomes.await(pending, deadline);
                LatencyStats feed = listenerCount > 0 ? new LatencyStats() : null;
                Verdict verdict = RunCheck.finish(client, listeners, outcomes, deadline, feed);
                return summary(outcomes, connectNanos / 1e6, feed, verdict);
            } finally {
                connections.forEach(Connection::close);
            }
        }
    }

    private RunSummary summary(Outcomes outcomes, double connectMs, LatencyStats feed, Verdict verdict) {
        LatencyStats post = outcomes.latency(order -> true);
        int ok = outcomes.acknowledged();
        double wallMs = (outcomes.lastAckNanos() - outcomes.firstSentNanos()) / 1e6;
        double spreadMs = (outcomes.lastSentNanos() - outcomes.firstSentNanos()) / 1e6;
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(Figure.OK, ok, ""),
                new Figure("distinct", outcomes.acks().size(), "ids"),
                new Figure("wall", Math.round(wallMs), "ms"),
                new Figure("send spread", Math.round(spreadMs), "ms"),
                new Figure(Figure.THROUGHPUT, wallMs > 0 ? Math.round(ok * 1000 / wallMs) : Double.NaN, "orders/s")));
        figures.addAll(post.figures(""));
        List<String> lines = new ArrayList<>();
        lines.add("burst: " + ok + "/" + outcomes.total() + " ok, " + outcomes.acks().size() + " distinct ids, "
                + post.describe() + ", wall " + Math.round(wallMs) + " ms (all sent within "
                + Math.round(spreadMs) + " ms on " + outcomes.total() + " connections opened beforehand in "
                + Math.round(connectMs) + " ms)");
        if (!outcomes.describeFailures().isEmpty()) {
            lines.add("burst: " + outcomes.describeFailures());
        }
        if (feed != null) {
            figures.addAll(feed.figures("feed "));
            lines.add("feed: POST sent -> new_order received, " + feed.count() + " (listener, order) pairs: "
                    + feed.describe());
        }
        lines.add(verdict.line());
        return new RunSummary(Mode.BURST, load(), measures(), figures, lines, verdict.pass());
    }
}
