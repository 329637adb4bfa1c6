package com.bistro92.bill;

import com.bistro92.money.Amounts;
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

    /**
     * Checks every amount before any arithmetic on it (see {@link Amounts}): each in whole cents and
     * within what its column holds, so that nothing a client sends makes the journal's writer round
     * a number of a million digits.
     *
     * @throws Problem 422 naming every field that is wrong
     */
    void validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (method == null) {
            errors.add(new Problem.FieldError("method", "is required: CASH, CARD or OTHER"));
        }
        String badAmount = Amounts.problem(amount, Amounts.CENT, Amounts.COLUMN_MAX);
        if (badAmount != null) {
            errors.add(new Problem.FieldError("amount", badAmount));
        }
        String badTip = Amounts.problem(tip, BigDecimal.ZERO, MAX_TIP);
        if (badTip != null) {
            errors.add(new Problem.FieldError("tip", badTip));
        }
        if (method == Payment.Method.CASH) {
            String badTendered = Amounts.problem(tendered, BigDecimal.ZERO, Amounts.COLUMN_MAX);
            if (tendered == null) {
                errors.add(new Problem.FieldError("tendered", "is required for cash, in whole cents"));
            } else if (badTendered != null) {
                errors.add(new Problem.FieldError("tendered", badTendered));
            } else if (badAmount == null && badTip == null && tendered.compareTo(amount.add(tip)) < 0) {
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
}
