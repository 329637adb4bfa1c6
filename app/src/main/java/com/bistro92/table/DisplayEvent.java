package com.bistro92.table;

import com.bistro92.journal.LoggedEvent;

/** A display was paired or revoked, or a code for one was issued. Staff only, and about no table. */
public sealed interface DisplayEvent extends LoggedEvent {

    @Override
    default Integer tableId() {
        return null;
    }

    @Override
    default boolean staffOnly() {
        return true;
    }

    /** A display traded its code for a token. */
    record Paired(long seq, DisplayIdentity display, String json) implements DisplayEvent {
        public static final String TYPE = "display_paired";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A display was revoked: its token stopped working and its feed is closed. */
    record Revoked(long seq, DisplayIdentity display, String json) implements DisplayEvent {
        public static final String TYPE = "display_revoked";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Staff made a display pairing code (the code itself is not in the event). */
    record CodeIssued(long seq, String json) implements DisplayEvent {
        public static final String TYPE = "display_code_issued";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
