package com.bistro92.bill;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money given back to a party, in the way it was paid: cash out of the drawer, or back to the card.
 * A refund never gives back more than was paid that way and not yet refunded.
 *
 * @param reason     why, in a few words, as staff typed it
 * @param staffId    who gave it back, or null when no one signed in to the suite did (the API)
 * @param approvedBy the manager who approved it with their PIN on the spot, or null when
 *                   {@code staffId} may refund alone
 */
public record Refund(long id, long sessionId, Payment.Method method, BigDecimal amount, String reason,
                     Instant refundedAt, Integer staffId, Integer approvedBy) {
}
