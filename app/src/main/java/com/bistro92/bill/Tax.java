package com.bistro92.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sales tax of a bill: a rate in percent, and whether menu prices already include it. Tax is
 * worked out once on the bill's subtotal and rounded half-even to the cent, never line by line, so
 * that the bill's total is the subtotal (prices with tax) or the subtotal plus one rounded tax.
 */
public record Tax(BigDecimal ratePercent, boolean included) {

    public static final Tax NONE = new Tax(BigDecimal.ZERO, true);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a bill with {@code subtotal} (the sum of its priced lines) comes to. */
    public record Amounts(BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
    }

    public Amounts on(BigDecimal subtotal) {
        if (ratePercent.signum() == 0) {
            return new Amounts(subtotal, BigDecimal.ZERO.setScale(2), subtotal);
        }
        if (included) {
            BigDecimal tax = subtotal.multiply(ratePercent)
                    .divide(HUNDRED.add(ratePercent), 2, RoundingMode.HALF_EVEN);
            return new Amounts(subtotal, tax, subtotal);
        }
        BigDecimal tax = subtotal.multiply(ratePercent).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        return new Amounts(subtotal, tax, subtotal.add(tax));
    }
}
