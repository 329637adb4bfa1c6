package com.bistro92.order;

/**
 * How many orders a period had, told the one way every screen and report tells it: "Orders" is
 * every order placed, voided ones included, and the line under it says how many of them were
 * voided (a void is final: the order is CANCELLED and adds nothing to sales). The dashboard and the
 * end-of-day report (screen, PDF and CSV) both show an {@code OrderCount}, so the same day reads the
 * same on all of them.
 *
 * @param placed every order placed in the period, voided ones included
 * @param voided the orders among them that were voided
 */
public record OrderCount(long placed, long voided) {

    public static final OrderCount NONE = new OrderCount(0, 0);

    public OrderCount {
        if (placed < 0 || voided < 0 || voided > placed) {
            throw new IllegalArgumentException("placed " + placed + ", voided " + voided);
        }
    }

    /** From the orders that count and the voided ones, as the dashboard sums them. */
    public static OrderCount ofKept(long kept, long voided) {
        return new OrderCount(kept + voided, voided);
    }

    /** The orders that were not voided: what sales, averages and per-order figures count. */
    public long counted() {
        return placed - voided;
    }

    /** The figure shown as "Orders": every order placed. */
    public String figure() {
        return Long.toString(placed);
    }

    /** The line under the figure: "18 voided", or "none voided". */
    public String detail() {
        return voided == 0 ? "none voided" : voided + " voided";
    }
}
