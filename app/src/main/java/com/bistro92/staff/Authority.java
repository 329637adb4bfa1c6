package com.bistro92.staff;

import static com.bistro92.db.Tables.STAFF;

import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import java.util.List;

/**
 * Checks, inside a command's transaction, that the member of staff making a change may make it.
 * {@code by} null means no member of the suite made it (a client with the staff token, or the
 * suite itself), and is allowed; a member who is unknown, inactive, or whose role lacks the
 * permission is refused, and the command writes nothing.
 */
public final class Authority {

    private Authority() {
    }

    /**
     * @throws Problem 422 when {@code by} names nobody, 403 when that member may not do {@code needed}
     */
    public static void require(Tx tx, Integer by, Permission needed) {
        if (by == null) {
            return;
        }
        StaffMember member = tx.lookup().selectFrom(STAFF).where(STAFF.ID.eq(by)).fetchOptional()
                .map(Staff::member).orElseThrow(() -> Problem.unprocessable("The change was refused",
                        List.of(new Problem.FieldError("by", "There is no staff member " + by))));
        if (!member.may(needed)) {
            throw new Problem(403, "Not allowed", member.name() + " (" + member.role().name().toLowerCase(
                    java.util.Locale.ROOT) + ") may not do this; a manager can");
        }
    }
}
