package com.bistro92.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The aggregates of one local day (or part of one), as {@link Rollups} reads them; summed over the
 * days of a range by {@link #add}. Days before today are kept by {@link DashboardQueries} and never
 * changed once built: a change to one of their orders replaces the whole day.
 */
final class DayFigures {

    /** Ticket times are counted in ten-second steps: step n holds (10n − 10 s, 10n s]; the last, all longer. */
    static final int STEP_SECONDS = 10;
    static final int STEPS = 3 * 360 + 1;

    /** An item's quantity and revenue. */
    static final class ItemSum {
        long quantity;
        BigDecimal revenue = BigDecimal.ZERO;
    }

    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal seatedRevenue = BigDecimal.ZERO;
    long orders;
    long cancelled;
    final long[] hours = new long[24];
    /** The lowest and highest order id of the day: an event about an order in between may change it. */
    long minId = Long.MAX_VALUE;
    long maxId = Long.MIN_VALUE;
    final Map<Integer, BigDecimal> tableRevenue = new HashMap<>();
    final Map<Integer, Long> tableOrders = new HashMap<>();
    final Map<String, ItemSum> items = new HashMap<>();
    long tickets;
    long ticketSeconds;
    final long[] steps = new long[STEPS];
    long covers;
    long parties;

    boolean holds(long orderId) {
        return orderId >= minId && orderId <= maxId;
    }

    /** Adds {@code day}'s figures to these. */
    DayFigures add(DayFigures day) {
        revenue = revenue.add(day.revenue);
        seatedRevenue = seatedRevenue.add(day.seatedRevenue);
        orders += day.orders;
        cancelled += day.cancelled;
        for (int h = 0; h < 24; h++) {
            hours[h] += day.hours[h];
        }
        minId = Math.min(minId, day.minId);
        maxId = Math.max(maxId, day.maxId);
        day.tableRevenue.forEach((t, r) -> tableRevenue.merge(t, r, BigDecimal::add));
        day.tableOrders.forEach((t, n) -> tableOrders.merge(t, n, Long::sum));
        day.items.forEach((name, sum) -> {
            ItemSum mine = items.computeIfAbsent(name, k -> new ItemSum());
            mine.quantity += sum.quantity;
            mine.revenue = mine.revenue.add(sum.revenue);
        });
        tickets += day.tickets;
        ticketSeconds += day.ticketSeconds;
        for (int i = 0; i < STEPS; i++) {
            steps[i] += day.steps[i];
        }
        covers += day.covers;
        parties += day.parties;
        return this;
    }

    /** The step that holds a ticket of {@code seconds}. */
    static int step(long seconds) {
        return (int) Math.clamp((seconds + STEP_SECONDS - 1) / STEP_SECONDS, 0, STEPS - 1);
    }

    /** How many tickets took longer than {@code seconds} (exact when it is a multiple of ten). */
    long longerThan(long seconds) {
        long n = 0;
        for (int i = step(seconds) + 1; i < STEPS; i++) {
            n += steps[i];
        }
        return n;
    }

    /**
     * The {@code p} quantile (0–1) of the ticket times in seconds, as PERCENTILE_CONT would give it,
     * with the times of each step spread evenly across it.
     */
    double quantile(double p) {
        if (tickets == 0) {
            return 0;
        }
        double rank = p * (tickets - 1);
        long below = (long) Math.floor(rank);
        double lower = nth(below);
        double upper = nth(Math.min(tickets - 1, below + 1));
        return lower + (upper - lower) * (rank - below);
    }

    /** The n-th (from 0) ticket time in order, estimated within its step. */
    private double nth(long n) {
        long seen = 0;
        for (int i = 0; i < STEPS; i++) {
            if (steps[i] == 0) {
                continue;
            }
            if (n < seen + steps[i]) {
                if (i == 0) {
                    return 0;
                }
                double low = (i - 1) * (double) STEP_SECONDS;
                return low + STEP_SECONDS * (n - seen + 0.5) / steps[i];
            }
            seen += steps[i];
        }
        return (STEPS - 1) * (double) STEP_SECONDS;
    }
}
