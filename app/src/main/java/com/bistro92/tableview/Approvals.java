package com.bistro92.tableview;

import com.bistro92.problem.Problem;
import com.bistro92.staff.SignIn;
import com.bistro92.staff.Staff;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

/**
 * A manager's approval on the spot, for what the member signed in may not do alone (a void, a comp,
 * a refund): a manager types their PIN on this screen. A wrong PIN fails with 403, and five in a row
 * pause overrides for a minute (429).
 */
final class Approvals {

    /** Who approved: the manager, or nobody when the member signed in may do it alone. */
    record Approver(Integer id, String name) {
        static final Approver NONE = new Approver(null, null);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Staff staff;
    private final Clock clock;

    Approvals(Staff staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    /** The manager whose PIN {@code managerPin} is when {@code needed}; {@link Approver#NONE} otherwise. */
    CompletableFuture<Approver> approve(boolean needed, String managerPin) {
        if (!needed) {
            return CompletableFuture.completedFuture(Approver.NONE);
        }
        return staff.manager(managerPin).thenCompose(result -> switch (result) {
            case SignIn.Accepted approved -> CompletableFuture.completedFuture(
                    new Approver(approved.member().id(), approved.member().name()));
            case SignIn.WrongPin wrong -> CompletableFuture.failedFuture(new Problem(403, "Wrong PIN",
                    "That is not a manager's PIN. " + wrong.attemptsLeft() + (wrong.attemptsLeft() == 1
                            ? " try" : " tries") + " left before overrides pause for a minute."));
            case SignIn.LockedOut locked -> CompletableFuture.failedFuture(Problem.tooMany(
                    "Too many wrong PINs: overrides are paused until "
                            + TIME.format(locked.until().atZone(clock.getZone())),
                    Duration.between(clock.instant(), locked.until()).toSeconds()));
        });
    }
}
