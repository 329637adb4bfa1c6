package com.bistro92.journal;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The ids of one table, handed out by the writer in commit order. Every row the writer inserts
 * carries an id decided here, never one the database generates, so that replaying the journal
 * after a power cut gives every row the id its clients were told.
 */
public final class IdSeries {

    private final Table<?> table;
    private final Field<? extends Number> id;
    private long last = -1;
    /** The writer's connection ({@link Session#generation()}) on which {@link #last} was read. */
    private int readOn = -1;

    private IdSeries(Table<?> table, Field<? extends Number> id) {
        this.table = table;
        this.id = id;
    }

    /** The series of {@code table}'s {@code id} column. */
    public static IdSeries of(Table<?> table, Field<? extends Number> id) {
        return new IdSeries(table, id);
    }

    /**
     * The next id; reads the highest id in use the first time, and again on each new connection of
     * the writer's (a group whose commit was under way as the database went away may have been kept).
     * Writer thread only.
     */
    long next(DSLContext sql, int generation) {
        if (last < 0 || readOn != generation) {
            readOn = generation;
            Number max = sql.select(DSL.max(id)).from(table).fetchOne(0, Number.class);
            last = max == null ? 0 : max.longValue();
        }
        return ++last;
    }

    long last() {
        return last;
    }

    void restore(long value) {
        last = value;
    }

    @Override
    public String toString() {
        return table.getName() + "." + id.getName();
    }
}
