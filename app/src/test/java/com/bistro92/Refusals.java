package com.bistro92;

import com.bistro92.problem.Problem;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Waits on a command that must be refused, and gives the {@link Problem} it was refused with. */
public final class Refusals {

    private Refusals() {
    }

    /** The problem {@code action} (joining a command's future) failed with; fails the test if it was not refused. */
    public static Problem of(Supplier<?> action) {
        try {
            action.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Problem problem) {
                return problem;
            }
            throw new AssertionError("refused, but not with a Problem", e.getCause());
        } catch (Problem problem) {
            return problem;
        }
        throw new AssertionError("not refused");
    }
}
