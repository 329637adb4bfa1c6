package com.bistro92.history;

import com.bistro92.order.OrderItem.ChosenModifier;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the history shows of one order: its lines as placed, its notes, what happened to it
 * and who did it, and how it was paid.
 *
 * @param allergy  the guest's allergy as the kitchen read it ("Nuts · severe"), "" for none
 * @param payments the order's own payments and its party's; empty when it is not paid
 * @param refunds  money given back from its party's bill
 */
public record OrderDetail(long id, String table, OrderStatus status, OrderSource source, Instant createdAt,
                          String notes, BigDecimal total, List<Line> lines, List<TimelineEntry> timeline,
                          List<Payment> payments, List<Refund> refunds, String allergy) {

    public OrderDetail {
        lines = List.copyOf(lines);
        timeline = List.copyOf(timeline);
        payments = List.copyOf(payments);
        refunds = List.copyOf(refunds);
    }

    public boolean paid() {
        return !payments.isEmpty();
    }

    /**
     * One line as it was placed.
     *
     * @param comped true when the line was made free; its total is what it cost before
     */
    public record Line(int no, String name, int quantity, BigDecimal unitPrice, List<ChosenModifier> modifiers,
                       String instructions, BigDecimal lineTotal, boolean comped, boolean openItem) {
        public Line {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** What kind of step a timeline entry is, for its colour. */
    public enum Step {
        PLACED, KITCHEN, READY, DELIVERED, RECALLED, CANCELLED, VOID, COMP, PAYMENT, REFUND, OTHER
    }

    /**
     * One step in the order's life, from the event log.
     *
     * @param text   e.g. "Bumped to Preparing by Sam" or "Voided by Sam, approved by Alex: wrong table"
     * @param amount money the step took off the bill or paid, or null
     */
    public record TimelineEntry(long seq, Instant at, Step step, String text, BigDecimal amount) {
    }

    /**
     * A payment of the order, or of its party's whole bill.
     *
     * @param takenBy       who took it, or null when nobody signed in did
     * @param forWholeTable true when it paid the party's bill rather than this order alone
     */
    public record Payment(Instant paidAt, String method, BigDecimal amount, BigDecimal tip, String takenBy,
                          boolean forWholeTable) {
    }

    /**
     * Money given back from the order's party's bill.
     *
     * @param givenBy    who gave it, or null when nobody signed in did
     * @param approvedBy the manager who approved it on the spot, or null
     */
    public record Refund(Instant at, String method, BigDecimal amount, String reason, String givenBy,
                         String approvedBy) {
    }
}
