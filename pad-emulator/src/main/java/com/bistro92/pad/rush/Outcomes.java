package com.bistro92.pad.rush;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The outcomes of all POSTs of one run: counts by result, the acknowledged ids and latencies. */
final class Outcomes {

    private static final Duration GRACE = Duration.ofSeconds(1);

    private final List<PlacedOrder> placed;
    private final AckIndex acks;

    Outcomes(List<PlacedOrder> placed) {
        this.placed = List.copyOf(placed);
        this.acks = AckIndex.of(this.placed);
    }

    /**
     * Waits for every POST. Requests time out at the deadline by themselves; one still open a
     * second later (which should not happen) counts as unanswered.
     */
    static Outcomes await(List<CompletableFuture<PlacedOrder>> pending, Deadline deadline) {
        Deadline grace = deadline.extendedBy(GRACE);
        List<PlacedOrder> placed = new ArrayList<>(pending.size());
        for (CompletableFuture<PlacedOrder> future : pending) {
            placed.add(awaitUntil(future, grace));
        }
        return new Outcomes(placed);
    }

    /** The outcome of one POST, by a second past the deadline at the latest. */
    static PlacedOrder awaitOne(CompletableFuture<PlacedOrder> future, Deadline deadline) {
        return awaitUntil(future, deadline.extendedBy(GRACE));
    }

    private static PlacedOrder awaitUntil(CompletableFuture<PlacedOrder> future, Deadline end) {
        try {
            return future.get(end.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unanswered("interrupted");
        } catch (TimeoutException e) {
            return unanswered("no response by the deadline");
        } catch (ExecutionException e) {
            return unanswered(SeedClient.describe(e));
        }
    }

    private static PlacedOrder unanswered(String why) {
        long now = System.nanoTime();
        return PlacedOrder.failed(now, now, PlacedOrder.NO_RESPONSE, why);
    }

    int total() {
        return placed.size();
    }

    int acknowledged() {
        return (int) placed.stream().filter(PlacedOrder::isAcknowledged).count();
    }

    AckIndex acks() {
        return acks;
    }

    /** POST to 201 latency of the acknowledged orders that {@code counted} accepts. */
    LatencyStats latency(Predicate<PlacedOrder> counted) {
        LatencyStats stats = new LatencyStats();
        placed.stream()
                .filter(PlacedOrder::isAcknowledged)
                .filter(counted)
                .forEach(order -> stats.recordNanos(order.latencyNanos()));
        return stats;
    }

    long count(Predicate<PlacedOrder> counted) {
        return placed.stream().filter(counted).count();
    }

    long firstSentNanos() {
        return placed.stream().mapToLong(PlacedOrder::sentNanos).min().orElse(0);
    }

    long lastSentNanos() {
        return placed.stream().mapToLong(PlacedOrder::sentNanos).max().orElse(0);
    }

    long lastAckNanos() {
        return placed.stream().mapToLong(PlacedOrder::ackNanos).max().orElse(0);
    }

    /** {@code failed: 3 x HTTP 503, 1 x no response (TimeoutException)}, or empty when nothing failed. */
    String describeFailures() {
        Map<String, Long> byLabel = placed.stream()
                .filter(order -> !order.isAcknowledged())
                .collect(Collectors.groupingBy(PlacedOrder::failureLabel, TreeMap::new, Collectors.counting()));
        if (byLabel.isEmpty()) {
            return "";
        }
        return byLabel.entrySet().stream()
                .map(entry -> entry.getValue() + " x " + entry.getKey())
                .collect(Collectors.joining(", ", "failed: ", ""));
    }
}
