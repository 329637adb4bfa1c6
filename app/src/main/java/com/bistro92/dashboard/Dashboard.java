package com.bistro92.dashboard;

import com.bistro92.order.OrderCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of the manager's dashboard for one {@link DateRange}, as read at {@code at}.
 * Money is exact (DECIMAL sums); cancelled orders count nowhere but in {@link Sales#cancelled}.
 */
public record Dashboard(DateRange range, Instant at, Sales sales, Sales previous, Hours hours, List<Item> topByQuantity,
                        List<Item> topByRevenue, List<Place> byTable, List<Place> bySection, Tickets tickets,
                        Open open, Covers covers) {

    public Dashboard {
        topByQuantity = List.copyOf(topByQuantity);
        topByRevenue = List.copyOf(topByRevenue);
        byTable = List.copyOf(byTable);
        bySection = List.copyOf(bySection);
    }

    /**
     * Revenue and orders of a period. For a range that runs into today, the previous period stops
     * at the same time of its day, so that today until 14:00 compares with yesterday until 14:00.
     *
     * @param revenue   the sum of the totals of orders not cancelled (comped lines already left out)
     * @param orders    orders not cancelled
     * @param cancelled orders cancelled
     */
    public record Sales(BigDecimal revenue, long orders, long cancelled) {
        public static final Sales NONE = new Sales(BigDecimal.ZERO, 0, 0);

        /** The orders as every screen tells them (the Z report too): placed, voided, and those that count. */
        public OrderCount count() {
            return OrderCount.ofKept(orders, cancelled);
        }
    }

    /**
     * Orders placed in each local hour (index 0 is 00:00–00:59) of {@code day}, and of the same
     * weekday a week before.
     */
    public record Hours(LocalDate day, List<Long> counts, LocalDate weekBefore, List<Long> weekBeforeCounts) {
        public Hours {
            counts = List.copyOf(counts);
            weekBeforeCounts = List.copyOf(weekBeforeCounts);
        }
    }

    /** A menu item's sales: how many were ordered (comped ones too) and what they brought in (not comped). */
    public record Item(String name, long quantity, BigDecimal revenue) {
    }

    /** What a table or a section brought in. */
    public record Place(String name, BigDecimal revenue, long orders) {
    }

    /**
     * Ticket times, placed to ready, of the orders that reached the pass. The average is exact; the
     * median and p90 come from ten-second steps.
     *
     * @param pastWarn share (0–1) of tickets that took longer than the yellow threshold
     * @param pastLate share (0–1) of tickets that took longer than the red threshold
     */
    public record Tickets(long count, Duration average, Duration p50, Duration p90, double pastWarn, double pastLate,
                          Duration warn, Duration late) {
    }

    /** Orders open now, whatever the range, and when the oldest of them was placed (null when none is). */
    public record Open(long count, Instant oldest) {
    }

    /**
     * Guests of the table sessions opened in the range, and what seated parties' orders brought in
     * per guest.
     */
    public record Covers(long covers, long parties, BigDecimal perCover) {
    }
}
