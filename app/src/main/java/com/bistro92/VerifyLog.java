package com.bistro92;

import com.bistro92.journal.Journal;
import com.bistro92.journal.LogCheck;
import com.bistro92.journal.LogVerifier;
import com.bistro92.store.Database;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code bistro92 --verify-log}: opens the data folder's database as a start would (replaying
 * the journal, migrating, chaining events logged before the chain existed), verifies the event
 * log's hash chain, and says what it found. No server, no window.
 */
final class VerifyLog {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int CANNOT_CHECK = 2;

    private VerifyLog() {
    }

    /** Verifies the log of the database in {@code data}, prints one line to {@code out}, returns the exit code. */
    static int run(Path data, PrintStream out, PrintStream err) {
        if (!Database.exists(data)) {
            err.println("No Bistro92 database in " + data.toAbsolutePath());
            return CANNOT_CHECK;
        }
        LogCheck check;
        try (Database database = Database.open(data)) {
            Journal.recover(database.newConnection(), database.journalPath());
            database.migrate();
            try (Journal journal = Journal.start(database.newConnection(), database.journalPath(), database.dsl(),
                    Clock.systemUTC(), Journal.CHECKPOINT_EVERY)) {
                check = new LogVerifier(database.dsl()).verify();
            }
        } catch (Exception e) {
            // most often: the suite is running on this folder and holds the database
            err.println("Cannot open the database in " + data.toAbsolutePath() + ": " + e.getMessage());
            return CANNOT_CHECK;
        }
        out.println(check.summary());
        return check.intact() ? INTACT : BROKEN;
    }
}
