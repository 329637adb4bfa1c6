package com.bistro92.pad.rush;

/** One kind of load; each instance runs it once per call of {@link #run()}. */
sealed interface LoadMode permits Burst, Sustained, Fanout {

    /** The load in words, e.g. {@code 500 orders at once, 1 listener}. */
    String load();

    /** What the headline latency spans, e.g. {@code POST -> 201}. */
    String measures();

    /** Runs once, within the mode's time cap, and reports; throws when the run could not take place. */
    RunSummary run() throws Exception;

    static String listeners(int count) {
        return count + (count == 1 ? " listener" : " listeners");
    }
}
