package com.bistro92.store;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Time spans in SQL, the same on every database: whole seconds or milliseconds from one instant to
 * another, counted as H2's {@code DATEDIFF} counts them (the boundaries crossed), so that a report's
 * figures do not depend on where its data is kept.
 */
public final class TimeSql {

    private TimeSql() {
    }

    /** The second boundaries crossed from {@code from} to {@code to}. */
    public static Field<Long> secondsBetween(Field<Instant> from, Field<Instant> to) {
        return between("SECOND", 1, from, to);
    }

    /** The millisecond boundaries crossed from {@code from} to {@code to}. */
    public static Field<Long> millisBetween(Field<Instant> from, Field<Instant> to) {
        return between("MILLISECOND", 1000, from, to);
    }

    private static Field<Long> between(String unit, int perSecond, Field<Instant> from, Field<Instant> to) {
        return CustomField.of("datediff_" + unit.toLowerCase(java.util.Locale.ROOT), SQLDataType.BIGINT, ctx -> {
            if (ctx.family() == SQLDialect.H2) {
                ctx.visit(DSL.field("DATEDIFF(" + unit + ", {0}, {1})", SQLDataType.BIGINT, from, to));
            } else {
                ctx.visit(DSL.field("CAST(FLOOR(EXTRACT(EPOCH FROM {1}) * " + perSecond + ") - FLOOR(EXTRACT(EPOCH FROM {0}) * "
                        + perSecond + ") AS BIGINT)", SQLDataType.BIGINT, from, to));
            }
        });
    }
}
