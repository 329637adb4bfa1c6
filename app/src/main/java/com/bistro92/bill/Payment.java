package com.bistro92.bill;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment towards a table's bill.
 *
 * @param amount   what it takes off the bill
 * @param tip      on top of the amount, for the staff
 * @param tendered cash handed over, for the change; null for a card or other payment
 * @param staffId  who took it, or null when no one signed in to the suite did
 */
public record Payment(long id, long sessionId, Method method, BigDecimal amount, BigDecimal tip, BigDecimal tendered,
                      Instant paidAt, Integer staffId) {

    public enum Method {
        CASH, CARD, OTHER
    }

    /** The cash given back: what was tendered less the amount and the tip; zero for a card. */
    public BigDecimal change() {
        return tendered == null ? BigDecimal.ZERO.setScale(2) : tendered.subtract(amount).subtract(tip);
    }
}
