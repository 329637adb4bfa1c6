package com.bistro92.journal.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes everything the database holds durable, through H2's public SQL only.
 *
 * <p>H2 writes committed changes to its file in the background (every half second or so), on
 * threads of its own. {@code CHECKPOINT SYNC} alone is not a barrier: if a background write has
 * just taken the latest changes, it returns without waiting for that write. {@code SET WRITE_DELAY 0}
 * stops H2's background writer and waits for the writes it has queued; the {@code CHECKPOINT SYNC}
 * that follows then writes whatever is left itself and forces the file to the disk. The background
 * writer is started again afterwards, so that H2 goes on writing lazily and compacting its file.
 */
final class Checkpoint {

    /** H2's default write delay, in milliseconds, restored after each checkpoint. */
    static final int BACKGROUND_WRITE_DELAY = 500;

    private Checkpoint() {
    }

    /** Returns once every change committed before the call is on the disk. No transaction may be open on {@code c}. */
    static void makeDurable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
            try {
                s.execute("CHECKPOINT SYNC");
            } finally {
                s.execute("SET WRITE_DELAY " + BACKGROUND_WRITE_DELAY);
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }
}
