package com.bistro92.order;

import com.bistro92.problem.Problem;
import com.bistro92.text.CleanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A void of a whole order, or a comp of one of its lines, as asked for.
 *
 * @param lineNo     the line to comp, from 1; null for a void of the whole order
 * @param reason     why, in a few words; kept with the adjustment for the history and the reports
 * @param by         the member of staff who asked, or null when no one signed in to the suite did
 * @param approvedBy the manager who approved it with their PIN on the spot, or null when {@code by}
 *                   may void and comp alone
 */
public record Adjustment(long orderId, Integer lineNo, String reason, Integer by, Integer approvedBy) {

    public static final int MAX_REASON = 200;

    public enum Kind {
        VOID, COMP
    }

    public Adjustment {
        reason = reason == null ? null : CleanText.nfc(reason.strip());
    }

    /** A void of the whole order. */
    public static Adjustment voidOrder(long orderId, String reason, Integer by, Integer approvedBy) {
        return new Adjustment(orderId, null, reason, by, approvedBy);
    }

    /** A comp of line {@code lineNo} (from 1). */
    public static Adjustment comp(long orderId, int lineNo, String reason, Integer by, Integer approvedBy) {
        return new Adjustment(orderId, lineNo, reason, by, approvedBy);
    }

    public Kind kind() {
        return lineNo == null ? Kind.VOID : Kind.COMP;
    }

    /** @throws Problem 422 naming every field that is wrong */
    void validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        String problem = reason == null || reason.isEmpty() ? "Say why, in a few words"
                : reason.length() > MAX_REASON ? "must be at most " + MAX_REASON + " characters"
                : CleanText.problem(reason, false);
        if (problem != null) {
            errors.add(new Problem.FieldError("reason", problem));
        }
        if (lineNo != null && lineNo < 1) {
            errors.add(new Problem.FieldError("line", "Lines are numbered from 1"));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("The " + kind().name().toLowerCase(Locale.ROOT) + " was refused", errors);
        }
    }
}
