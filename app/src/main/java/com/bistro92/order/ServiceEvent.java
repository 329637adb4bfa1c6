package com.bistro92.order;

import com.bistro92.journal.LoggedEvent;

/** A guest's call for a waiter or the bill was raised or acknowledged. */
public sealed interface ServiceEvent extends LoggedEvent {

    ServiceCall call();

    @Override
    default Integer tableId() {
        return call().tableId();
    }

    /** A guest called a waiter or asked for the bill. */
    record Requested(long seq, ServiceCall call, String json) implements ServiceEvent {
        @Override
        public String type() {
            return FeedMessage.SERVICE_REQUEST;
        }
    }

    /** Staff acknowledged a call. */
    record Acknowledged(long seq, ServiceCall call, String json) implements ServiceEvent {
        @Override
        public String type() {
            return FeedMessage.SERVICE_ACKNOWLEDGED;
        }
    }
}
