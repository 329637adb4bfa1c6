package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.TableDirectory;
import com.bistro92.table.TableSessions;

/**
 * What a paired pad may order: only for its own table, and only while a party is seated there.
 * This is what stops orders from an unattended table and from anyone else on the Wi-Fi.
 */
final class PadPolicy {

    private final TableSessions sessions;

    PadPolicy(TableSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * @param table the table the request names, or null when it names none
     * @throws Problem 403 for another table, 409 when nobody is seated
     */
    void mayOrder(PadIdentity pad, String table) {
        if (table != null && !table.isBlank() && !TableDirectory.key(table).equals(TableDirectory.key(pad.table()))) {
            throw new Problem(403, "Wrong table", "This pad belongs to " + pad.table() + " and can only order for it");
        }
        if (sessions.open(pad.tableId()).isEmpty()) {
            throw Problem.conflict("Table not seated",
                    pad.table() + " has no seated party yet; please ask staff to seat you");
        }
    }
}
