package com.bistro92.menu;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_LINE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The marks the pad puts on the menu, from the order history: "Popular" on the items ordered most
 * in the last {@link #WINDOW}, and for each item the few others most often in the same orders
 * ("Goes well with"). Cancelled orders do not count, nor open items.
 *
 * <p>Read from the database at most once every {@link #FRESH_FOR}: a pad asking often costs nothing,
 * and a day's orders move the marks within minutes. Reads only; it changes nothing.
 */
public final class Suggestions {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Duration FRESH_FOR = Duration.ofMinutes(10);
    static final int POPULAR = 5;
    static final int PAIRS = 3;
    /** Orders an item, or a pair, must be in before it is a mark: one party's whim is not a trend. */
    static final int AT_LEAST = 3;

    /**
     * @param popular      the most ordered items, most first
     * @param goesWellWith for an item's id, the items most often ordered with it, most first
     */
    public record Marks(List<Integer> popular, Map<Integer, List<Integer>> goesWellWith) {
    }

    private final DSLContext sql;
    private final Clock clock;
    private Marks marks;
    private Instant readAt = Instant.MIN;

    public Suggestions(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The marks, read again if they are older than {@link #FRESH_FOR}. */
    public synchronized Marks marks() {
        Instant now = clock.instant();
        if (marks == null || readAt.plus(FRESH_FOR).isBefore(now)) {
            marks = read(now.minus(WINDOW));
            readAt = now;
        }
        return marks;
    }

    private Marks read(Instant since) {
        var recent = CUSTOMER_ORDER.CREATED_AT.ge(since)
                .and(CUSTOMER_ORDER.STATUS.ne("CANCELLED"));
        Field<Integer> orders = DSL.countDistinct(ORDER_LINE.ORDER_ID).as("orders");
        List<Integer> popular = sql.select(ORDER_LINE.MENU_ITEM_ID, orders)
                .from(ORDER_LINE).join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_LINE.ORDER_ID))
                .where(recent).and(ORDER_LINE.MENU_ITEM_ID.isNotNull())
                .groupBy(ORDER_LINE.MENU_ITEM_ID)
                .having(DSL.countDistinct(ORDER_LINE.ORDER_ID).ge(AT_LEAST))
                .orderBy(orders.desc(), ORDER_LINE.MENU_ITEM_ID)
                .limit(POPULAR)
                .fetch(ORDER_LINE.MENU_ITEM_ID);
        var other = ORDER_LINE.as("other");
        Field<Integer> together = DSL.countDistinct(ORDER_LINE.ORDER_ID).as("together");
        Map<Integer, List<Integer>> pairs = new LinkedHashMap<>();
        sql.select(ORDER_LINE.MENU_ITEM_ID, other.MENU_ITEM_ID, together)
                .from(ORDER_LINE)
                .join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_LINE.ORDER_ID))
                .join(other).on(other.ORDER_ID.eq(ORDER_LINE.ORDER_ID)
                        .and(other.MENU_ITEM_ID.ne(ORDER_LINE.MENU_ITEM_ID)))
                .where(recent)
                .groupBy(ORDER_LINE.MENU_ITEM_ID, other.MENU_ITEM_ID)
                .having(DSL.countDistinct(ORDER_LINE.ORDER_ID).ge(AT_LEAST))
                .orderBy(ORDER_LINE.MENU_ITEM_ID, together.desc(), other.MENU_ITEM_ID)
                .forEach(row -> {
                    List<Integer> with = pairs.computeIfAbsent(row.value1(), id -> new ArrayList<>());
                    if (with.size() < PAIRS) {
                        with.add(row.value2());
                    }
                });
        pairs.replaceAll((id, with) -> List.copyOf(with));
        return new Marks(List.copyOf(popular), Map.copyOf(pairs));
    }
}
