package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.TableDirectory;

/**
 * What a paired pad may order: only for its own table. Whether a party is seated there is checked
 * by the order command itself, inside the writer's transaction, so that no close can slip in between.
 */
final class PadPolicy {

    private PadPolicy() {
    }

    /**
     * @param table the table the request names, or null when it names none
     * @throws Problem 403 for another table
     */
    static void mayOrder(PadIdentity pad, String table) {
        if (table != null && !table.isBlank() && !TableDirectory.key(table).equals(TableDirectory.key(pad.table()))) {
            throw new Problem(403, "Wrong table", "This pad belongs to " + pad.table() + " and can only order for it");
        }
    }
}
