package com.bistro92.journal;

import java.time.Instant;

/**
 * A row of the event log as it is stored, without its hash: what the hash chain hashes
 * ({@link LogChain}), and what a node reads of the groups another node committed to the same
 * database, to publish them on its own stream ({@link OtherNodes}).
 *
 * @param payload the event's wire form, exactly as clients receive it
 */
public record LogRow(long seq, String type, Long orderId, Integer tableId, Instant createdAt, String payload,
                     boolean staffOnly) {
}
