package com.bistro92.journal;

import com.bistro92.store.TableOrder;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Rows of one table that commands stage with {@link Tx#insert}: the writer inserts all of a
 * group's rows of a table in one prepared batch, parents before children.
 */
public final class Rows {

    private final Table<?> table;
    private final int width;
    private final String sql;
    private final String lowerCaseSql;
    private final int depth;

    private Rows(Table<?> table, Field<?>[] columns) {
        this.table = table;
        this.width = columns.length;
        this.sql = insert(table, columns, false);
        this.lowerCaseSql = insert(table, columns, true);
        this.depth = TableOrder.depth(table);
    }

    private static String insert(Table<?> table, Field<?>[] columns, boolean lowerCase) {
        return "INSERT INTO " + quote(table.getName(), lowerCase) + " ("
                + Arrays.stream(columns).map(c -> quote(c.getName(), lowerCase)).collect(Collectors.joining(", "))
                + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)";
    }

    /** Rows of {@code table} that fill {@code columns}, in that order. */
    public static Rows into(Table<?> table, Field<?>... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("Name the columns to insert into " + table.getName());
        }
        return new Rows(table, columns.clone());
    }

    Table<?> table() {
        return table;
    }

    /**
     * The prepared insert, its names as generated (H2's upper case) or in lower case (PostgreSQL's,
     * whose migrations name everything unquoted).
     */
    String sql(boolean lowerCaseNames) {
        return lowerCaseNames ? lowerCaseSql : sql;
    }

    int width() {
        return width;
    }

    /** How far down the foreign-key graph the table sits: a parent always has a smaller depth. */
    int depth() {
        return depth;
    }

    private static String quote(String name, boolean lowerCase) {
        String shown = lowerCase ? name.toLowerCase(java.util.Locale.ROOT) : name;
        return '"' + shown.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return table.getName();
    }
}
