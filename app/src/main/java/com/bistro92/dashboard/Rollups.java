package com.bistro92.dashboard;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.store.TimeSql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL behind the dashboard: five GROUP BY queries that sum the orders, tables, items, ticket
 * times and table sessions of a stretch of time by local day. Only aggregates leave the database;
 * no order is ever loaded. The covering indexes of V8 let each query read one index range.
 */
final class Rollups {

    private static final String CANCELLED = "CANCELLED";

    private final DSLContext sql;
    private final String zone;

    Rollups(DSLContext sql, ZoneId zone) {
        this.sql = sql;
        // H2 takes region ids and offsets such as +02:00, but not "Z"
        ZoneId normal = zone.normalized();
        this.zone = normal instanceof ZoneOffset offset && offset.getTotalSeconds() == 0 ? "+00:00" : normal.getId();
    }

    /** The figures of each local day in [from, to) that has any order or session. */
    Map<LocalDate, DayFigures> between(Instant from, Instant to) {
        Map<LocalDate, DayFigures> days = new HashMap<>();
        orders(from, to, days);
        tables(from, to, days);
        items(from, to, days);
        tickets(from, to, days);
        sessions(from, to, days);
        return days;
    }

    private Field<LocalDate> day(Field<Instant> at) {
        return DSL.field("CAST({0} AT TIME ZONE {1} AS DATE)", SQLDataType.LOCALDATE, at, DSL.inline(zone));
    }

    private Field<Integer> hour(Field<Instant> at) {
        return DSL.field("EXTRACT(HOUR FROM {0} AT TIME ZONE {1})", SQLDataType.INTEGER, at, DSL.inline(zone));
    }

    private static Condition placed(Instant from, Instant to) {
        return CUSTOMER_ORDER.CREATED_AT.ge(from).and(CUSTOMER_ORDER.CREATED_AT.lt(to));
    }

    private static DayFigures of(Map<LocalDate, DayFigures> days, LocalDate day) {
        return days.computeIfAbsent(day, d -> new DayFigures());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private void orders(Instant from, Instant to, Map<LocalDate, DayFigures> days) {
        Condition kept = CUSTOMER_ORDER.STATUS.ne(CANCELLED);
        Field<LocalDate> day = day(CUSTOMER_ORDER.CREATED_AT);
        Field<Integer> hour = hour(CUSTOMER_ORDER.CREATED_AT);
        sql.select(day, hour, DSL.count().filterWhere(kept), DSL.count().filterWhere(kept.not()),
                        DSL.sum(CUSTOMER_ORDER.TOTAL).filterWhere(kept),
                        DSL.sum(CUSTOMER_ORDER.TOTAL).filterWhere(kept.and(CUSTOMER_ORDER.SESSION_ID.isNotNull())),
                        DSL.min(CUSTOMER_ORDER.ID), DSL.max(CUSTOMER_ORDER.ID))
                .from(CUSTOMER_ORDER)
                .where(placed(from, to))
                .groupBy(day, hour)
                .forEach(r -> {
                    DayFigures d = of(days, r.value1());
                    d.hours[r.value2()] += r.value3();
                    d.orders += r.value3();
                    d.cancelled += r.value4();
                    d.revenue = d.revenue.add(orZero(r.value5()));
                    d.seatedRevenue = d.seatedRevenue.add(orZero(r.value6()));
                    d.minId = Math.min(d.minId, r.value7());
                    d.maxId = Math.max(d.maxId, r.value8());
                });
    }

    private void tables(Instant from, Instant to, Map<LocalDate, DayFigures> days) {
        Field<LocalDate> day = day(CUSTOMER_ORDER.CREATED_AT);
        sql.select(day, CUSTOMER_ORDER.TABLE_ID, DSL.sum(CUSTOMER_ORDER.TOTAL), DSL.count())
                .from(CUSTOMER_ORDER)
                .where(placed(from, to)).and(CUSTOMER_ORDER.STATUS.ne(CANCELLED))
                .groupBy(day, CUSTOMER_ORDER.TABLE_ID)
                .forEach(r -> {
                    DayFigures d = of(days, r.value1());
                    d.tableRevenue.merge(r.value2(), orZero(r.value3()), BigDecimal::add);
                    d.tableOrders.merge(r.value2(), (long) r.value4(), Long::sum);
                });
    }

    private void items(Instant from, Instant to, Map<LocalDate, DayFigures> days) {
        Field<LocalDate> day = day(CUSTOMER_ORDER.CREATED_AT);
        Field<BigDecimal> charged = DSL.when(ORDER_LINE.COMPED.isTrue(), BigDecimal.ZERO).otherwise(ORDER_LINE.LINE_TOTAL);
        sql.select(day, ORDER_LINE.NAME, DSL.sum(ORDER_LINE.QUANTITY), DSL.sum(charged))
                .from(CUSTOMER_ORDER).join(ORDER_LINE).on(ORDER_LINE.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                .where(placed(from, to)).and(CUSTOMER_ORDER.STATUS.ne(CANCELLED))
                .groupBy(day, ORDER_LINE.NAME)
                .forEach(r -> {
                    DayFigures.ItemSum sum = of(days, r.value1()).items.computeIfAbsent(r.value2(),
                            k -> new DayFigures.ItemSum());
                    sum.quantity += r.value3().longValue();
                    sum.revenue = sum.revenue.add(orZero(r.value4()));
                });
    }

    private void tickets(Instant from, Instant to, Map<LocalDate, DayFigures> days) {
        Field<LocalDate> day = day(CUSTOMER_ORDER.CREATED_AT);
        Field<Long> seconds = TimeSql.secondsBetween(CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.READY_AT);
        // constants inlined: H2 matches a GROUP BY expression to the select list's only without parameters
        Field<Long> step = DSL.least(seconds.plus(DSL.inline((long) DayFigures.STEP_SECONDS - 1))
                .div(DSL.inline((long) DayFigures.STEP_SECONDS)), DSL.inline((long) DayFigures.STEPS - 1));
        sql.select(day, step, DSL.count(), DSL.sum(seconds))
                .from(CUSTOMER_ORDER)
                .where(placed(from, to)).and(CUSTOMER_ORDER.STATUS.ne(CANCELLED))
                .and(CUSTOMER_ORDER.READY_AT.isNotNull())
                .groupBy(day, step)
                .forEach(r -> {
                    DayFigures d = of(days, r.value1());
                    d.steps[(int) Math.max(0, r.value2())] += r.value3();
                    d.tickets += r.value3();
                    d.ticketSeconds += r.value4().longValue();
                });
    }

    private void sessions(Instant from, Instant to, Map<LocalDate, DayFigures> days) {
        Field<LocalDate> day = day(TABLE_SESSION.OPENED_AT);
        sql.select(day, DSL.sum(TABLE_SESSION.GUESTS), DSL.count())
                .from(TABLE_SESSION)
                .where(TABLE_SESSION.OPENED_AT.ge(from)).and(TABLE_SESSION.OPENED_AT.lt(to))
                .groupBy(day)
                .forEach(r -> {
                    DayFigures d = of(days, r.value1());
                    d.covers += r.value2().longValue();
                    d.parties += r.value3();
                });
    }
}
