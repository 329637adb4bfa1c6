package com.bistro92.bill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A table's bill: the orders of its open session, line by line with their prices as ordered, comped
 * lines shown and left out, voided orders shown struck; the tax; the payments so far, and any money
 * given back.
 *
 * @param lines   every line of every order not voided, in the order placed
 * @param voided  orders voided after they were placed, with what they came to
 * @param refunds money given back, oldest first
 * @param allergies the allergies the party's orders declared ("Nuts · severe"), each once
 */
public record Bill(int tableId, String table, long sessionId, int guests, Instant openedAt, List<Line> lines,
                   List<Voided> voided, Tax tax, Tax.Amounts amounts, List<Payment> payments, List<Refund> refunds,
                   List<String> allergies) {

    public Bill {
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        lines = List.copyOf(lines);
        voided = List.copyOf(voided);
        payments = List.copyOf(payments);
        refunds = List.copyOf(refunds);
    }

    /** One line as ordered: quantity, name, modifiers and notes, and its price. */
    public record Line(long orderId, int lineNo, int quantity, String name, String details, BigDecimal lineTotal,
                       boolean comped) {
    }

    /** An order voided before it was delivered. */
    public record Voided(long orderId, BigDecimal total) {
    }

    /** What comped lines would have cost. */
    public BigDecimal comps() {
        return lines.stream().filter(Line::comped).map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What was paid, before refunds. */
    public BigDecimal paid() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What was given back. */
    public BigDecimal refunded() {
        return refunds.stream().map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What was paid in {@code method} and not yet refunded: the most a refund that way may give back. */
    public BigDecimal refundable(Payment.Method method) {
        BigDecimal paid = payments.stream().filter(p -> p.method() == method).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal back = refunds.stream().filter(r -> r.method() == method).map(Refund::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return paid.subtract(back).setScale(2);
    }

    /** What was paid and not given back. */
    public BigDecimal kept() {
        return paid().subtract(refunded());
    }

    public BigDecimal tips() {
        return payments.stream().map(Payment::tip).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is still to pay: the total less what was paid and not given back. */
    public BigDecimal balance() {
        return amounts.total().subtract(kept());
    }
}
