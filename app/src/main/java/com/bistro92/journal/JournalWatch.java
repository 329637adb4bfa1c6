package com.bistro92.journal;

/**
 * What the writer reports as it works, for whoever watches the server (metrics): each committed
 * group and each checkpoint. Called on the writer's thread, between a group's commit and the next
 * group, so an implementation must only record (no I/O, no locks held for long): the writer waits
 * for it.
 */
public interface JournalWatch {

    /** Watches nothing. */
    JournalWatch NONE = new JournalWatch() {
        @Override
        public void group(int commands, long writeNanos) {
        }

        @Override
        public void checkpoint(long nanos, boolean succeeded) {
        }
    };

    /**
     * A group was committed.
     *
     * @param commands   how many commands it held (1 to {@value Writer#MAX_GROUP})
     * @param writeNanos how long its record took to reach the disk (the journal file's write)
     */
    void group(int commands, long writeNanos);

    /** A checkpoint ran, for {@code nanos}; a failed one is tried again later. */
    void checkpoint(long nanos, boolean succeeded);
}
