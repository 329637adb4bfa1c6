package com.bistro92.journal;

import org.jooq.Field;
import org.jooq.Table;

/**
 * A rule of the journal: something that holds for every key of one {@link Subject} (such as every
 * table session's bill) at every commit.
 *
 * <p>The writer keeps it for each command, inside the group's transaction, before the command is
 * accepted: a command names each key it changed ({@link Tx#changed}), and once it has run, the
 * rule is checked for those keys as the command left them. A check that throws (a
 * {@link com.bistro92.problem.Problem}) refuses the command like any refusal: nothing it wrote is
 * kept and none of its events is published. No handler has to remember the check, and a command
 * that writes what the rule {@link #watches} without naming what it changed is refused as a fault,
 * so a new way of changing the same rows cannot slip past the rule either.
 */
public interface Invariant {

    /** How a command writes rows. */
    enum Write {
        INSERT, UPDATE, DELETE
    }

    /** What the rule holds for, one key at a time. */
    Subject subject();

    /**
     * Whether such a write may break the rule: then the command must name the keys it changed.
     *
     * @param column for an update, each column it sets; null for an insert or a delete
     */
    boolean watches(Write write, Table<?> table, Field<?> column);

    /**
     * Checks the rule for {@code key} as the command left it; reads through {@link Tx#lookup()}.
     *
     * @throws com.bistro92.problem.Problem to refuse the command
     */
    void check(Tx tx, long key);
}
