package com.bistro92.journal;

/** One logged event as it is read back from the event log, for a client that resumes with {@code ?since=}. */
public record LogEntry(long seq, Integer tableId, boolean staffOnly, String json) {
}
