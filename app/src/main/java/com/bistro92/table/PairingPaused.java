package com.bistro92.table;

import com.bistro92.journal.Event;
import java.time.Instant;

/**
 * Too many wrong pairing codes were tried, from all devices together: pairing is refused until
 * {@code until}. Announced for the staff screens, not logged.
 */
public record PairingPaused(Instant until, int wrongCodes) implements Event {
}
