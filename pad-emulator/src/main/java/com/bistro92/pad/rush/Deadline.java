package com.bistro92.pad.rush;

import java.time.Duration;

/** A point on the {@link System#nanoTime()} clock after which a run stops waiting. */
record Deadline(long endNanos) {

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    long remainingNanos() {
        return Math.max(0, endNanos - System.nanoTime());
    }

    long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }

    Deadline extendedBy(Duration duration) {
        return new Deadline(endNanos + duration.toNanos());
    }

    /** The earlier of this deadline and one {@code duration} from now. */
    Deadline atMost(Duration duration) {
        long other = System.nanoTime() + duration.toNanos();
        return other - endNanos < 0 ? new Deadline(other) : this;
    }
}
