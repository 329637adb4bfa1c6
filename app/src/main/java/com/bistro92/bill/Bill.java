package com.bistro92.bill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A table's bill: the orders of its open session, line by line with their prices as ordered, comped
 * lines shown and left out, voided orders shown struck; the tax; and the payments so far.
 *
 * @param lines  every line of every order not voided, in the order placed
 * @param voided orders voided after they were placed, with what they came to
 */
public record Bill(int tableId, String table, long sessionId, int guests, Instant openedAt, List<Line> lines,
                   List<Voided> voided, Tax tax, Tax.Amounts amounts, List<Payment> payments) {

    public Bill {
        lines = List.copyOf(lines);
        voided = List.copyOf(voided);
        payments = List.copyOf(payments);
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

    public BigDecimal paid() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal tips() {
        return payments.stream().map(Payment::tip).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is still to pay. */
    public BigDecimal balance() {
        return amounts.total().subtract(paid());
    }
}
