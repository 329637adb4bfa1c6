package com.bistro92.history;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.ORDER_LINE;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A {@link HistoryFilter} as SQL on {@code customer_order}, with the same meaning as {@link HistoryFilter#matches}. */
final class HistoryConditions {

    private HistoryConditions() {
    }

    static Condition where(HistoryFilter filter) {
        return where(filter, false);
    }

    /**
     * @param counting true for a count: an item is then looked for among all lines at once, which
     *                 is faster over every order than one look per order, and slower for a page
     */
    static Condition where(HistoryFilter filter, boolean counting) {
        List<Condition> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(CUSTOMER_ORDER.CREATED_AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            where.add(CUSTOMER_ORDER.CREATED_AT.lt(filter.to()));
        }
        if (filter.tableId() != null) {
            where.add(CUSTOMER_ORDER.TABLE_ID.eq(filter.tableId()));
        }
        if (filter.status() != null) {
            where.add(CUSTOMER_ORDER.STATUS.eq(filter.status().name()));
        }
        if (filter.minTotal() != null) {
            where.add(CUSTOMER_ORDER.TOTAL.ge(filter.minTotal()));
        }
        if (filter.maxTotal() != null) {
            where.add(CUSTOMER_ORDER.TOTAL.le(filter.maxTotal()));
        }
        if (filter.notes() != null) {
            // escapes % and _ in what was typed: a search for "50%" finds "50%", not "50 and more"
            where.add(CUSTOMER_ORDER.NOTES.containsIgnoreCase(filter.notes()));
        }
        if (filter.allergy() != null && filter.allergy().allergen() == null) {
            where.add(CUSTOMER_ORDER.ALLERGENS.ne("").or(CUSTOMER_ORDER.ALLERGY_NOTE.ne("")));
        } else if (filter.allergy() != null) {
            // the codes are a comma-separated list: "nuts" must not find "peanuts"
            where.add(DSL.concat(DSL.inline(","), CUSTOMER_ORDER.ALLERGENS, DSL.inline(","))
                    .contains("," + filter.allergy().allergen().code() + ","));
        }
        if (filter.item() != null && counting) {
            where.add(CUSTOMER_ORDER.ID.in(DSL.select(ORDER_LINE.ORDER_ID).from(ORDER_LINE)
                    .where(ORDER_LINE.NAME.containsIgnoreCase(filter.item()))));
        } else if (filter.item() != null) {
            where.add(DSL.exists(DSL.selectOne().from(ORDER_LINE)
                    .where(ORDER_LINE.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                    .and(ORDER_LINE.NAME.containsIgnoreCase(filter.item()))));
        }
        return DSL.and(where);
    }

    /**
     * The table's label, read per row: joining {@code dining_table} instead lets H2 start from the
     * tables and sort every matching order, where reading the orders down their primary key stops
     * after one page.
     */
    static final Field<String> TABLE_LABEL = DSL.field(DSL.select(DINING_TABLE.LABEL).from(DINING_TABLE)
            .where(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))).as("table_label");

    /** The filter, below {@code beforeId} when it is given: the next page of a keyset walk, newest first. */
    static Condition below(HistoryFilter filter, Long beforeId) {
        Condition where = where(filter);
        return beforeId == null ? where : where.and(CUSTOMER_ORDER.ID.lt(beforeId));
    }
}
