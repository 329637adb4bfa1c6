package com.bistro92.journal;

/**
 * What verifying the event log's hash chain found: every event in place ({@link Intact}), or
 * the first event where the chain no longer holds ({@link Broken}).
 */
public sealed interface LogCheck {

    /** The chain holds up to event {@code lastSeq}. */
    boolean intact();

    /** One line for people, e.g. {@code Event log intact: 120 events, last #120}. */
    String summary();

    /**
     * Every event from #1 to {@code lastSeq} is in place and chained.
     *
     * @param count   how many events were checked (all of them, from #1)
     * @param lastSeq the last event checked, 0 for an empty log
     * @param head    the hash of event {@code lastSeq}, in hex: checking can go on from here
     */
    record Intact(long count, long lastSeq, String head) implements LogCheck {

        @Override
        public boolean intact() {
            return true;
        }

        @Override
        public String summary() {
            return "Event log intact: " + count + (count == 1 ? " event" : " events") + ", last #" + lastSeq;
        }
    }

    /**
     * The first event where the chain does not hold: it was changed, or its hash was, or events
     * before it are missing.
     *
     * @param seq    the first event that does not hold
     * @param reason what is wrong with it, for people
     */
    record Broken(long seq, String reason) implements LogCheck {

        @Override
        public boolean intact() {
            return false;
        }

        @Override
        public String summary() {
            return "Event log broken at #" + seq + ": " + reason;
        }
    }
}
