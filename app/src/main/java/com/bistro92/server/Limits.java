package com.bistro92.server;

import java.time.Duration;

/**
 * Every bound the server keeps, in one place, so that no device on the restaurant's Wi-Fi can take
 * more than its share: of connections, bytes, time, database work or memory.
 *
 * @param connections          open connections in total
 * @param connectionsPerDevice open connections from one address other than this computer (loopback)
 * @param bodyDeadline         time to receive a whole request body, however it trickles in
 * @param minBytesPerSecond    the slowest body Jetty waits for
 * @param feeds                live WebSocket feeds in total
 * @param feedsPerPad          live feeds one pad token may hold
 * @param feedQueueBytes       bytes waiting for one feed client before it is dropped as stalled
 * @param padOrders            orders one pad may place
 * @param padCalls             calls for service one pad may make
 * @param pairing              wrong pairing codes allowed, per address and in total
 */
public record Limits(int connections, int connectionsPerDevice, Duration bodyDeadline, long minBytesPerSecond,
                     int feeds, int feedsPerPad, int feedQueueBytes, Rate padOrders, Rate padCalls,
                     PairingLimits pairing) {

    /** {@code burst} at once, then one more every {@code per / count}. */
    public record Rate(int burst, int count, Duration per) {
    }

    /** Wrong codes allowed from one address and from all, in {@code window}; then a pause of {@code pause}. */
    public record PairingLimits(int perAddress, int total, Duration window, Duration pause) {
    }

    public static final Limits DEFAULT = new Limits(2_500, 32, Duration.ofSeconds(10), 256,
            2_000, 2, 1 << 20,
            new Rate(6, 10, Duration.ofMinutes(1)), new Rate(5, 10, Duration.ofMinutes(1)),
            new PairingLimits(10, 30, Duration.ofMinutes(1), Duration.ofMinutes(1)));
}
