package com.bistro92.store;

import java.util.HashSet;
import java.util.Set;
import org.jooq.ForeignKey;
import org.jooq.Table;

/** Where a table sits in the foreign-key graph, so that parents are written before their children. */
public final class TableOrder {

    private TableOrder() {
    }

    /** How far down the foreign-key graph {@code table} sits: a parent always has a smaller depth. */
    public static int depth(Table<?> table) {
        return depth(table, new HashSet<>());
    }

    private static int depth(Table<?> table, Set<String> path) {
        if (!path.add(table.getName())) {
            return 0;
        }
        int deepest = 0;
        for (ForeignKey<?, ?> key : table.getReferences()) {
            Table<?> parent = key.getKey().getTable();
            if (!parent.getName().equals(table.getName())) {
                deepest = Math.max(deepest, depth(parent, path) + 1);
            }
        }
        path.remove(table.getName());
        return deepest;
    }
}
