package com.bistro92.bill;

import com.bistro92.money.Amounts;
import com.bistro92.problem.Problem;
import com.bistro92.text.CleanText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A refund as staff ask for it.
 *
 * @param sessionId  the bill to refund: null for the party seated at {@code tableId} now; a closed
 *                   bill of that table is named by its session
 * @param by         who gives the money back, or null when no one signed in to the suite does
 * @param approvedBy the manager who approved it with their PIN on the spot, or null when {@code by}
 *                   may refund alone
 */
public record RefundRequest(int tableId, Long sessionId, Payment.Method method, BigDecimal amount, String reason,
                            Integer by, Integer approvedBy) {

    public static final int MAX_REASON = 200;

    public RefundRequest {
        reason = reason == null ? null : CleanText.nfc(reason.strip());
    }

    /** @throws Problem 422 naming every field that is wrong */
    void validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (method == null) {
            errors.add(new Problem.FieldError("method", "is required: CASH, CARD or OTHER"));
        }
        String badAmount = Amounts.problem(amount, Amounts.CENT, Amounts.COLUMN_MAX);
        if (badAmount != null) {
            errors.add(new Problem.FieldError("amount", badAmount));
        }
        String problem = reason == null || reason.isEmpty() ? "Say why, in a few words"
                : reason.length() > MAX_REASON ? "must be at most " + MAX_REASON + " characters"
                : CleanText.problem(reason, false);
        if (problem != null) {
            errors.add(new Problem.FieldError("reason", problem));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("The refund was refused", errors);
        }
    }
}
