package com.bistro92.journal;

/**
 * Something that happened in the restaurant, published on the {@link EventStream} once the
 * change behind it is durable. Most events are {@link LoggedEvent}s; a few, such as a pad's
 * connection coming and going, are announced without being logged.
 */
public interface Event {
}
