package com.bistro92.staff;

import com.bistro92.journal.LoggedEvent;

/**
 * A change to staff accounts, or a sign-in, logged for the audit trail. Staff screens hear it; pads
 * never do. {@code by} is the id of the member who made the change (null when the suite itself did).
 */
public sealed interface StaffEvent extends LoggedEvent {

    StaffMember member();

    Integer by();

    @Override
    default Integer tableId() {
        return null;
    }

    @Override
    default boolean staffOnly() {
        return true;
    }

    /** An account was added or changed: name, role, active, or a new one-time PIN. */
    record Changed(long seq, StaffMember member, Integer by, String json) implements StaffEvent {
        public static final String TYPE = "staff_changed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A member signed in at the suite. */
    record SignedIn(long seq, StaffMember member, Integer by, String json) implements StaffEvent {
        public static final String TYPE = "staff_signed_in";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
