package com.bistro92.journal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.Field;
import org.jooq.FieldOrRow;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.QOM;

/**
 * Keeps the journal's {@link Invariant}s, one command at a time, on the writer's thread: notes what
 * each command writes that a rule watches and the keys it says it changed, and once the command has
 * run, checks the rules for those keys. A command that changes nothing a rule watches (placing an
 * order, a bump) costs a glance at the tables it wrote.
 */
final class Keeper {

    private final List<Invariant> invariants = new CopyOnWriteArrayList<>();
    /** Per command: the keys it named, by subject (an empty set: it named none). */
    private final Map<Subject, Set<Long>> changed = new HashMap<>();
    /** Per command: the rules whose rows or columns it wrote. */
    private final Set<Invariant> watched = new LinkedHashSet<>();

    void keep(Invariant invariant) {
        invariants.add(invariant);
    }

    void startCommand() {
        changed.clear();
        watched.clear();
    }

    void changed(Subject subject, Long key) {
        Set<Long> keys = changed.computeIfAbsent(subject, s -> new LinkedHashSet<>());
        if (key != null) {
            keys.add(key);
        }
    }

    /** A row staged for a batched insert. */
    void staged(Rows rows) {
        see(Invariant.Write.INSERT, rows.table(), null);
    }

    /** A write a command executed through jOOQ; one the rules cannot read is taken to touch every rule. */
    void wrote(Query query) {
        if (invariants.isEmpty()) {
            return;
        }
        switch (query) {
            case QOM.Update<?> update -> {
                for (FieldOrRow set : update.$set().keySet()) {
                    if (set instanceof Field<?> column) {
                        see(Invariant.Write.UPDATE, update.$table(), column);
                    } else {
                        watched.addAll(invariants);
                    }
                }
            }
            case QOM.Insert<?> insert -> see(Invariant.Write.INSERT, insert.$into(), null);
            case QOM.Merge<?> merge -> {
                see(Invariant.Write.INSERT, merge.$into(), null);
                see(Invariant.Write.UPDATE, merge.$into(), null);
            }
            case QOM.Delete<?> delete -> see(Invariant.Write.DELETE, delete.$from(), null);
            default -> watched.addAll(invariants);
        }
    }

    private void see(Invariant.Write write, Table<?> table, Field<?> column) {
        for (Invariant invariant : invariants) {
            if (invariant.watches(write, table, column)) {
                watched.add(invariant);
            }
        }
    }

    /**
     * Checks every rule for the keys {@code command} named.
     *
     * @throws IllegalStateException when it wrote what a rule watches without naming what it changed
     * @throws RuntimeException      whatever a rule refuses the command with
     */
    void keep(Tx tx, Command<?> command) {
        if (changed.isEmpty() && watched.isEmpty()) {
            return;
        }
        for (Invariant invariant : watched) {
            if (!changed.containsKey(invariant.subject())) {
                throw new IllegalStateException(command + " wrote what the rule on " + invariant.subject().name()
                        + " watches without naming which it changed");
            }
        }
        for (Invariant invariant : invariants) {
            for (long key : changed.getOrDefault(invariant.subject(), Set.of())) {
                invariant.check(tx, key);
            }
        }
    }
}
