package com.bistro92.integration;

import com.bistro92.journal.LoggedEvent;

/** A token for an outside system was made, or revoked. Staff only; the token itself is never in the log. */
public sealed interface IntegrationEvent extends LoggedEvent {

    @Override
    default Integer tableId() {
        return null;
    }

    @Override
    default boolean staffOnly() {
        return true;
    }

    record Created(long seq, IntegrationIdentity client, String json) implements IntegrationEvent {
        public static final String TYPE = "integration_created";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Revoked(long seq, IntegrationIdentity client, String json) implements IntegrationEvent {
        public static final String TYPE = "integration_revoked";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
