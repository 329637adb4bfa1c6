package com.bistro92.table;

import static com.bistro92.db.Tables.DINING_TABLE;

import com.bistro92.text.Keys;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Resolves the table label a client sent ("Table 5", "table 5", "5") to a dining table,
 * creating an ad-hoc table for a label that matches none, so that no seed order is refused
 * for its table. Ad-hoc tables are flagged for staff to tidy up.
 */
public final class TableDirectory {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /** A dining table as orders refer to it. */
    public record TableRef(int id, String label, boolean created) {
    }

    private final Map<String, TableRef> byKey = new ConcurrentHashMap<>();

    public TableDirectory(DSLContext dsl) {
        dsl.select(DINING_TABLE.ID, DINING_TABLE.LABEL, DINING_TABLE.LABEL_KEY).from(DINING_TABLE)
                .forEach(r -> byKey.put(r.value3(), new TableRef(r.value1(), r.value2(), false)));
    }

    /** The matching key of a label: a bare number "5" means "table 5". */
    public static String key(String label) {
        String key = Keys.of(label);
        return NUMBER.matcher(key).matches() ? "table " + Integer.parseInt(key) : key;
    }

    /**
     * Finds the table for {@code label}, or inserts an ad-hoc one inside the caller's transaction
     * (then {@link TableRef#created()} is true; call {@link #forget} if that transaction rolls back).
     */
    public TableRef resolve(DSLContext tx, String label, Instant now) {
        String key = key(label);
        TableRef known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String clean = label.strip().replaceAll("\\s+", " ");
        int id = tx.insertInto(DINING_TABLE)
                .set(DINING_TABLE.LABEL, clean)
                .set(DINING_TABLE.LABEL_KEY, key)
                .set(DINING_TABLE.AD_HOC, true)
                .set(DINING_TABLE.CREATED_AT, now)
                .returningResult(DINING_TABLE.ID)
                .fetchSingle()
                .value1();
        byKey.put(key, new TableRef(id, clean, false));
        return new TableRef(id, clean, true);
    }

    /** Forgets a table created in a transaction that was rolled back. */
    public void forget(TableRef table) {
        byKey.computeIfPresent(key(table.label()), (k, known) -> known.id() == table.id() ? null : known);
    }

    /** Reloads one table after it was created or renamed elsewhere. */
    public void remember(int id, String label) {
        byKey.put(key(label), new TableRef(id, label, false));
    }
}
