package com.bistro92.pad.rush;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until every listener has received every acknowledged order, or the deadline passes, or
 * the feed went quiet for {@link #QUIET} while orders were still missing.
 */
final class Delivery {

    static final Duration QUIET = Duration.ofSeconds(10);
    /** After all arrived, stay a moment longer so that late duplicates are counted too. */
    private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int BUFFER = 4096;
    private static final int ROUNDS_PER_POLL = 64;

    private Delivery() {
    }

    /**
     * @param latency where to record send-to-receive latency of every first receipt, or null
     */
    static List<ListenerTally> await(AckIndex acks, List<FeedListener> listeners, Deadline deadline, LatencyStats latency) {
        List<DeliveryTracker> trackers = new ArrayList<>(listeners.size());
        listeners.forEach(listener -> trackers.add(new DeliveryTracker(acks)));
        int[] cursors = new int[listeners.size()];
        long[] ids = new long[BUFFER];
        long[] nanos = new long[BUFFER];
        long lastProgress = System.nanoTime();
        long completeSince = 0;
        while (!listeners.isEmpty()) {
            boolean progress = false;
            boolean complete = true;
            for (int i = 0; i < listeners.size(); i++) {
                for (int round = 0; round < ROUNDS_PER_POLL; round++) {
                    int copied = listeners.get(i).copyReceipts(cursors[i], ids, nanos);
                    if (copied == 0) {
                        break;
                    }
                    trackers.get(i).absorb(ids, nanos, copied, latency);
                    cursors[i] += copied;
                    progress = true;
                }
                complete &= trackers.get(i).missing() == 0;
            }
            long now = System.nanoTime();
            lastProgress = progress ? now : lastProgress;
            completeSince = complete ? (completeSince == 0 ? now : completeSince) : 0;
            if ((complete && now - completeSince >= SETTLE_NANOS) || deadline.passed()
                    || (!complete && now - lastProgress >= QUIET.toNanos())) {
                break;
            }
            LockSupport.parkNanos(Math.min(POLL_NANOS, deadline.remainingNanos()));
        }
        List<ListenerTally> tallies = new ArrayList<>(listeners.size());
        for (int i = 0; i < listeners.size(); i++) {
            tallies.add(listeners.get(i).tally(trackers.get(i)));
        }
        return tallies;
    }
}
