package com.bistro92.pad.rush;

/**
 * What one feed listener got in one run.
 *
 * @param expected       acknowledged orders it should have received
 * @param received       of those, how many arrived at least once
 * @param duplicates     extra {@code new_order} messages for orders already received
 * @param seqRegressions messages whose {@code seq} was not greater than the one before
 * @param malformed      messages that could not be read
 * @param dropped        receipts not kept because the listener's receipt cap was reached
 * @param closed         why the feed closed before the end, or null if it stayed open
 */
record ListenerTally(int expected, int received, int duplicates, int seqRegressions, int malformed, int dropped,
                     String closed) {

    int missing() {
        return expected - received;
    }

    boolean complete() {
        return missing() == 0 && duplicates == 0 && seqRegressions == 0 && malformed == 0 && dropped == 0;
    }
}
