package com.bistro92.table;

import static com.bistro92.db.Tables.DINING_TABLE;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Rows;
import com.bistro92.journal.Tx;
import com.bistro92.text.Keys;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Resolves the table label a client sent ("Table 5", "table 5", "5") to a dining table,
 * creating an ad-hoc table for a label that matches none, so that no seed order is refused
 * for its table. Ad-hoc tables are flagged for staff to tidy up. A new ad-hoc table is a staged
 * row of the writer's group, inserted in one batch with the group's orders.
 */
public final class TableDirectory {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Rows AD_HOC = Rows.into(DINING_TABLE, DINING_TABLE.ID, DINING_TABLE.LABEL,
            DINING_TABLE.LABEL_KEY, DINING_TABLE.AD_HOC, DINING_TABLE.CREATED_AT);
    /** Tables created by earlier commands of the current group, by key. */
    private static final Object PENDING = new Object();

    /** A dining table as orders refer to it. */
    public record TableRef(int id, String label) {
    }

    private final IdSeries ids = IdSeries.of(DINING_TABLE, DINING_TABLE.ID);
    private final Map<String, TableRef> byKey = new ConcurrentHashMap<>();

    public TableDirectory(DSLContext dsl) {
        dsl.select(DINING_TABLE.ID, DINING_TABLE.LABEL, DINING_TABLE.LABEL_KEY).from(DINING_TABLE)
                .forEach(r -> byKey.put(r.value3(), new TableRef(r.value1(), r.value2())));
    }

    /**
     * Learns the table of an order another suite node on the same database placed: it may be an
     * ad-hoc table that node made up. Writer thread.
     */
    public void placedElsewhere(int tableId, String label) {
        byKey.putIfAbsent(key(label), new TableRef(tableId, label));
    }

    /** The matching key of a label: a bare number "5" means "table 5". */
    public static String key(String label) {
        String key = Keys.of(label);
        return NUMBER.matcher(key).matches() ? "table " + Integer.parseInt(key) : key;
    }

    /** Finds the table for {@code label}, or stages an ad-hoc one in the writer's group. */
    public TableRef resolve(Tx tx, String label) {
        String key = key(label);
        TableRef known = byKey.get(key);
        if (known != null) {
            return known;
        }
        Map<String, TableRef> pending = tx.local(PENDING, HashMap::new);
        TableRef created = pending.get(key);
        if (created != null) {
            return created;
        }
        String clean = label.strip().replaceAll("\\s+", " ");
        TableRef table = new TableRef((int) tx.nextId(ids), clean);
        tx.insert(AD_HOC, table.id(), clean, key, true, tx.now());
        pending.put(key, table);
        tx.onRefused(() -> pending.remove(key));
        tx.afterCommit(() -> byKey.put(key, table));
        return table;
    }
}
