package com.bistro92.bill;

import com.bistro92.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment as staff enter it.
 *
 * @param tendered cash handed over (at least amount plus tip); must be null for a card or other
 * @param by       who takes it, or null when no one signed in to the suite does
 */
public record PaymentRequest(int tableId, Payment.Method method, BigDecimal amount, BigDecimal tip,
                             BigDecimal tendered, Integer by) {

    /** The largest tip taken on one payment. */
    public static final BigDecimal MAX_TIP = new BigDecimal("10000");

    public PaymentRequest {
        tip = tip == null ? BigDecimal.ZERO : tip;
    }

    /** @throws Problem 422 naming every field that is wrong */
    void validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (method == null) {
            errors.add(new Problem.FieldError("method", "is required: CASH, CARD or OTHER"));
        }
        if (amount == null || amount.signum() <= 0 || cents(amount)) {
            errors.add(new Problem.FieldError("amount", "must be more than 0, in whole cents"));
        }
        if (tip.signum() < 0 || cents(tip) || tip.compareTo(MAX_TIP) > 0) {
            errors.add(new Problem.FieldError("tip", "must be from 0 to " + MAX_TIP + ", in whole cents"));
        }
        if (method == Payment.Method.CASH && amount != null) {
            if (tendered == null || cents(tendered)) {
                errors.add(new Problem.FieldError("tendered", "is required for cash, in whole cents"));
            } else if (tendered.compareTo(amount.add(tip)) < 0) {
                errors.add(new Problem.FieldError("tendered", "is less than the amount and the tip ("
                        + amount.add(tip).setScale(2) + ")"));
            }
        } else if (tendered != null) {
            errors.add(new Problem.FieldError("tendered", "is only for cash"));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("The payment was refused", errors);
        }
    }

    private static boolean cents(BigDecimal value) {
        return value.stripTrailingZeros().scale() > 2;
    }
}
