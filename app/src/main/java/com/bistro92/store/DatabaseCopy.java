package com.bistro92.store;

import com.bistro92.db.DefaultSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Copies every row of the suite's tables from one database to another whose schema is at the same
 * version and holds no data of the suite's: parents before children, each table in primary-key
 * order, a page at a time, in one transaction on the target (all or nothing). Columns the target
 * computes itself (PostgreSQL's generated columns) are left to it. Flyway's own history stays as
 * each database's migrations wrote it.
 */
public final class DatabaseCopy {

    /** Rows read and written per statement. */
    private static final int PAGE = 1_000;
    private static final String HISTORY = "flyway_schema_history";

    private DatabaseCopy() {
    }

    /** What was copied: rows per table, in the order the tables were copied. */
    public record Copied(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The suite's tables, parents before children. */
    public static List<Table<?>> tables() {
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> !t.getName().equalsIgnoreCase(HISTORY)).toList());
        Map<String, Integer> depth = new HashMap<>();
        tables.forEach(t -> depth.put(t.getName(), TableOrder.depth(t)));
        tables.sort(Comparator.<Table<?>>comparingInt(t -> depth.get(t.getName())).thenComparing(Table::getName));
        return tables;
    }

    /** Rows per table in {@code db}, for checking a copy. */
    public static Map<String, Long> count(DSLContext db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table<?> table : tables()) {
            counts.put(table.getName().toLowerCase(Locale.ROOT), (long) db.fetchCount(table));
        }
        return counts;
    }

    /**
     * Copies {@code from} into {@code to}. The target's rows that its own migrations wrote (the
     * journal's marker, the chain's state) are replaced by the source's.
     *
     * @param generated the target's computed columns, as {@code table.column} in lower case
     * @throws IllegalStateException when the target already holds orders or events
     */
    public static Copied copy(DSLContext from, DSLContext to, Set<String> generated) {
        return to.transactionResult(tx -> {
            DSLContext target = tx.dsl();
            List<Table<?>> tables = tables();
            for (String busy : List.of("customer_order", "order_event", "table_session")) {
                Table<?> table = tables.stream().filter(t -> t.getName().equalsIgnoreCase(busy)).findFirst().orElseThrow();
                if (target.fetchCount(table) > 0) {
                    throw new IllegalStateException("The target database already holds the data of a restaurant ("
                            + busy + "); copy into an empty database");
                }
            }
            for (Table<?> table : tables.reversed()) {
                target.deleteFrom(table).execute();
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (Table<?> table : tables) {
                copied.put(table.getName().toLowerCase(Locale.ROOT), copyTable(from, target, table, generated));
            }
            return new Copied(copied);
        });
    }

    private static long copyTable(DSLContext from, DSLContext to, Table<?> table, Set<String> generated) {
        String name = table.getName().toLowerCase(Locale.ROOT);
        List<Field<?>> fields = java.util.Arrays.stream(table.fields())
                .filter(f -> !generated.contains(name + "." + f.getName().toLowerCase(Locale.ROOT)))
                .toList();
        var order = table.getPrimaryKey() == null ? List.<Field<?>>of(fields.getFirst())
                : table.getPrimaryKey().getFields().stream().<Field<?>>map(f -> f).toList();
        long rows = 0;
        try (Cursor<Record> cursor = from.select(fields).from(table).orderBy(order.toArray(Field[]::new)).fetchLazy()) {
            while (cursor.hasNext()) {
                List<Record> page = cursor.fetchNext(PAGE);
                to.insertInto(table).columns(fields).valuesOfRecords(page).execute();
                rows += page.size();
            }
        }
        return rows;
    }

    /** The columns {@code postgres} computes itself, as {@code table.column} in lower case. */
    public static Set<String> generatedColumns(DSLContext postgres) {
        Set<String> columns = new HashSet<>();
        postgres.resultQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND is_generated = 'ALWAYS'")
                .forEach(r -> columns.add((r.get(0, String.class) + "." + r.get(1, String.class)).toLowerCase(Locale.ROOT)));
        return columns;
    }
}
