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

    private IdSeries(Table<?> table, Field<? extends Number> id) {
        this.table = table;
        this.id = id;
    }

    /** The series of {@code table}'s {@code id} column. */
    public static IdSeries of(Table<?> table, Field<? extends Number> id) {
        return new IdSeries(table, id);
    }

    /** The next id; reads the highest id in use the first time. Writer thread only. */
    long next(DSLContext sql) {
        if (last < 0) {
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
