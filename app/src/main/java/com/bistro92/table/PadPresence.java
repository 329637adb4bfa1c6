package com.bistro92.table;

import com.bistro92.journal.Event;
import java.time.Instant;

/**
 * A pad's live feed connected or dropped, or the pad was simply seen. Announced on the stream
 * for the staff screens, not logged: it says nothing a client must replay.
 *
 * @param online whether the pad holds a live feed now
 */
public record PadPresence(int padId, int tableId, boolean online, Instant lastSeenAt) implements Event {
}
