package com.bistro92.staff;

import static com.bistro92.db.Tables.STAFF;

import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import java.util.List;
import java.util.Locale;

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
        StaffMember member = member(tx, by, "by");
        if (!member.may(needed)) {
            throw new Problem(403, "Not allowed", member.name() + " (" + member.role().name().toLowerCase(
                    Locale.ROOT) + ") may not do this; a manager can");
        }
    }

    /**
     * As {@link #require(Tx, Integer, Permission)}, except that a member who may not do {@code needed}
     * alone may do it when {@code approvedBy}, another active member who may, approved it on the spot
     * (a manager's override). The member who asked must still be active.
     *
     * @param approvedBy the approving member, or null for no override
     * @throws Problem 422 when either names nobody, 403 when the approver may not do {@code needed}, the
     *                 member who asked is inactive, or a member approves their own change
     */
    public static void require(Tx tx, Integer by, Integer approvedBy, Permission needed) {
        if (approvedBy == null) {
            require(tx, by, needed);
            return;
        }
        StaffMember approver = member(tx, approvedBy, "approved_by");
        if (!approver.may(needed)) {
            throw new Problem(403, "Not allowed", approver.name() + " may not approve this; a manager can");
        }
        if (by != null) {
            if (by.equals(approvedBy)) {
                throw new Problem(403, "Not allowed", "An override is approved by someone else");
            }
            StaffMember asker = member(tx, by, "by");
            if (!asker.active()) {
                throw new Problem(403, "Not allowed", asker.name() + " is no longer active");
            }
        }
    }

    private static StaffMember member(Tx tx, int id, String field) {
        return tx.lookup().selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchOptional()
                .map(Staff::member).orElseThrow(() -> Problem.unprocessable("The change was refused",
                        List.of(new Problem.FieldError(field, "There is no staff member " + id))));
    }
}
