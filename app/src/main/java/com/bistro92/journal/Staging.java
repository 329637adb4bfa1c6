package com.bistro92.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a group's commands staged, not yet written: each table's rows go in one prepared
 * batch, parents first. Rows remember which command staged them, so that a refused command's
 * rows are dropped without touching the others.
 */
final class Staging {

    private record Staged(int command, Object[] values) {
    }

    private final Map<Rows, List<Staged>> rows = new HashMap<>();
    private final Map<Rows, PreparedStatement> statements;
    private final boolean lowerCaseNames;

    /**
     * @param statements     prepared inserts, kept by the writer across groups
     * @param lowerCaseNames whether the database's names are in lower case ({@link Rows#sql(boolean)})
     */
    Staging(Map<Rows, PreparedStatement> statements, boolean lowerCaseNames) {
        this.statements = statements;
        this.lowerCaseNames = lowerCaseNames;
    }

    void add(int command, Rows into, Object[] values) {
        if (values.length != into.width()) {
            throw new IllegalArgumentException(into + " takes " + into.width() + " values, not " + values.length);
        }
        for (Object value : values) {
            Redo.checkType(value);
        }
        rows.computeIfAbsent(into, k -> new ArrayList<>()).add(new Staged(command, values.clone()));
    }

    /** Forgets the rows staged by {@code command}, which are the last of every table. */
    void drop(int command) {
        for (List<Staged> list : rows.values()) {
            while (!list.isEmpty() && list.getLast().command() == command) {
                list.removeLast();
            }
        }
    }

    /** Inserts the rows staged by commands before {@code command}, parents first, and writes them to the redo. */
    void flush(int beforeCommand, Connection connection, Redo redo) throws SQLException {
        List<Rows> tables = new ArrayList<>(rows.keySet());
        tables.sort(Comparator.comparingInt(Rows::depth));
        for (Rows into : tables) {
            List<Staged> list = rows.get(into);
            int n = 0;
            while (n < list.size() && list.get(n).command() < beforeCommand) {
                n++;
            }
            if (n == 0) {
                continue;
            }
            List<Staged> batch = list.subList(0, n);
            PreparedStatement ps = statements.get(into);
            if (ps == null) {
                ps = connection.prepareStatement(into.sql(lowerCaseNames));
                statements.put(into, ps);
            }
            List<Object[]> values = new ArrayList<>(n);
            for (Staged row : batch) {
                for (int i = 0; i < row.values().length; i++) {
                    Redo.bind(ps, i + 1, row.values()[i]);
                }
                ps.addBatch();
                values.add(row.values());
            }
            try {
                ps.executeBatch();
            } finally {
                ps.clearBatch();
            }
            redo.batch(into.sql(lowerCaseNames), into.width(), values);
            batch.clear();
        }
    }
}
