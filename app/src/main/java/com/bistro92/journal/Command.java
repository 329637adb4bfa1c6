package com.bistro92.journal;

/**
 * One change of state, applied by the journal's single writer inside its group transaction.
 *
 * <p>A command checks what it needs (a table is seated, a version still holds, a code is unused)
 * inside that same transaction, so no other change can slip in between the check and the write.
 * It refuses by throwing a {@link com.bistro92.problem.Problem}: then everything it wrote is rolled
 * back and none of its events is published, while the other commands of its group go on.
 *
 * @param <R> what the command answers once its group is durable
 */
@FunctionalInterface
public interface Command<R> {

    /** Applies the change through {@code tx}; runs on the writer thread. */
    R apply(Tx tx);
}
