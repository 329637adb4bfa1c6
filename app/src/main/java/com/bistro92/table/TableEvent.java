package com.bistro92.table;

import com.bistro92.journal.LoggedEvent;
import java.time.Instant;

/** Something happened at a table: a party seated or gone, a pad paired or revoked, a pairing code issued. */
public sealed interface TableEvent extends LoggedEvent {

    /** A party came or went; the table's pads hear it too. */
    sealed interface OfSession extends TableEvent {
        TableSessions.Session session();

        @Override
        default Integer tableId() {
            return session().tableId();
        }
    }

    /** A pad was paired or revoked. Staff only. */
    sealed interface OfPad extends TableEvent {
        PadIdentity pad();

        @Override
        default Integer tableId() {
            return pad().tableId();
        }

        @Override
        default boolean staffOnly() {
            return true;
        }
    }

    /** A party was seated: the table's pads may order now. */
    record Seated(long seq, TableSessions.Session session, String json) implements OfSession {
        public static final String TYPE = "table_seated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The bill was closed: the party has gone, and the table's pads may no longer order. */
    record Closed(long seq, TableSessions.Session session, String json) implements OfSession {
        public static final String TYPE = "table_closed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A pad traded a pairing code for its token. */
    record PadPaired(long seq, PadIdentity pad, Instant at, String json) implements OfPad {
        public static final String TYPE = "pad_paired";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A pad was revoked: its token stopped working and its connections are closed. */
    record PadRevoked(long seq, PadIdentity pad, String json) implements OfPad {
        public static final String TYPE = "pad_revoked";

        @Override
        public String type() {
            return TYPE;
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
