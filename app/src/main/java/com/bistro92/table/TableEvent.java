package com.bistro92.table;

import com.bistro92.journal.LoggedEvent;
import java.time.Instant;

/** Something happened at a table: a party seated or gone, a pad paired or revoked, a pairing code issued. */
public sealed interface TableEvent extends LoggedEvent {

    /** A party was seated: the table's pads may order now. */
    record Seated(long seq, TableSessions.Session session, String json) implements TableEvent {
        public static final String TYPE = "table_seated";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Integer tableId() {
            return session.tableId();
        }
    }

    /** The bill was closed: the party has gone, and the table's pads may no longer order. */
    record Closed(long seq, TableSessions.Session session, String json) implements TableEvent {
        public static final String TYPE = "table_closed";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Integer tableId() {
            return session.tableId();
        }
    }

    /** A pad traded a pairing code for its token. Staff only. */
    record PadPaired(long seq, PadIdentity pad, Instant at, String json) implements TableEvent {
        public static final String TYPE = "pad_paired";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Integer tableId() {
            return pad.tableId();
        }

        @Override
        public boolean staffOnly() {
            return true;
        }
    }

    /** A pad was revoked: its token stopped working and its connections are closed. Staff only. */
    record PadRevoked(long seq, PadIdentity pad, String json) implements TableEvent {
        public static final String TYPE = "pad_revoked";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Integer tableId() {
            return pad.tableId();
        }

        @Override
        public boolean staffOnly() {
            return true;
        }
    }

    /** Staff issued a pairing code for a table (the code itself is not in the event). Staff only. */
    record CodeIssued(long seq, Integer tableId, Instant expiresAt, String json) implements TableEvent {
        public static final String TYPE = "pairing_code_issued";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public boolean staffOnly() {
            return true;
        }
    }
}
