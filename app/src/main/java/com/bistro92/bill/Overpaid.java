package com.bistro92.bill;

import com.bistro92.problem.Problem;
import java.math.BigDecimal;

/**
 * A change refused because it would leave a bill overpaid: more was paid (less refunds) than the
 * bill would come to. The money is refunded first ({@link Bills#refund}); then the change fits.
 *
 * @see MoneyRule
 */
public final class Overpaid extends Problem {

    private final long sessionId;
    private final BigDecimal excess;
    private final BigDecimal paid;

    Overpaid(long sessionId, String table, BigDecimal excess, BigDecimal paid, BigDecimal total, String currency) {
        super(409, "Refund first", "This would leave the bill of " + table + " overpaid by " + amount(excess, currency)
                + ": " + amount(paid, currency) + " was paid and the bill would come to " + amount(total, currency)
                + ". Refund " + amount(excess, currency) + " first, then try again.");
        this.sessionId = sessionId;
        this.excess = excess;
        this.paid = paid;
    }

    private static String amount(BigDecimal value, String currency) {
        return value.setScale(2).toPlainString() + " " + currency;
    }

    /** The table session whose bill it is. */
    public long sessionId() {
        return sessionId;
    }

    /** What was paid and not refunded. */
    public BigDecimal paid() {
        return paid;
    }

    /** How much would be overpaid: at least this must be refunded first. */
    public BigDecimal excess() {
        return excess;
    }
}
