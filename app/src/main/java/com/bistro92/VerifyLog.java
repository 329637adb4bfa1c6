package com.bistro92;

import com.bistro92.journal.Journal;
import com.bistro92.journal.JournalWatch;
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

    /** Verifies the log of the database {@code options} name (in its data folder, or on a server). */
    static int run(Options options, PrintStream out, PrintStream err) {
        Path data = options.data();
        if (options.database() == null && !Database.exists(data)) {
            err.println("No Bistro92 database in " + data.toAbsolutePath());
            return CANNOT_CHECK;
        }
        String where = options.database() == null ? "in " + data.toAbsolutePath() : options.database().toString();
        LogCheck check;
        try (Database database = DatabaseChoice.open(options, Bistro92.Storage.DEFAULT)) {
            check = openAsAStartWould(database);
        } catch (Exception e) {
            // most often: the suite is running on this folder and holds the database
            err.println("Cannot open the database " + where + ": " + e.getMessage());
            return CANNOT_CHECK;
        }
        out.println(check.summary());
        return check.intact() ? INTACT : BROKEN;
    }

    /**
     * Brings {@code database} to where a start would (its journal replayed, migrated, events logged
     * before the chain existed chained), then verifies the event log's chain.
     */
    static LogCheck openAsAStartWould(Database database) throws Exception {
        DatabaseChoice.recover(database);
        database.migrate();
        try (Journal journal = DatabaseChoice.startJournal(database, Bistro92.Storage.DEFAULT, Clock.systemUTC(),
                JournalWatch.NONE)) {
            return new LogVerifier(database.dsl()).verify();
        }
    }
}
