package com.bistro92;

import com.bistro92.journal.LogCheck;
import com.bistro92.journal.LogVerifier;
import com.bistro92.store.Database;
import com.bistro92.store.DatabaseCopy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code bistro92 --migrate-to postgresql://…}: moves a restaurant's data from the H2 database in
 * its data folder into an empty PostgreSQL database, and checks the copy. The H2 database is
 * opened as a start would (its journal replayed, migrated, its event log chained), the PostgreSQL
 * one is migrated to the same schema, every row is copied in one transaction, and then the rows of
 * every table are counted on both sides and the event log's hash chain is verified on PostgreSQL,
 * ending at the same hash as on H2. The H2 database is left as it was.
 */
final class MigrateTo {

    static final int COPIED = 0;
    static final int DIFFERS = 1;
    static final int CANNOT_COPY = 2;

    private MigrateTo() {
    }

    /** Copies the data {@code options} name, prints what was done, returns the exit code. */
    static int run(Options options, PrintStream out, PrintStream err) {
        Path data = options.data();
        if (!Database.exists(data)) {
            err.println("No Bistro92 database in " + data.toAbsolutePath());
            return CANNOT_COPY;
        }
        try (Database h2 = Database.open(data)) {
            LogCheck source;
            try {
                // as a start would, so that the copy carries a whole chain
                source = VerifyLog.openAsAStartWould(h2);
            } catch (Exception e) {
                // most often: the suite is running on this folder and holds the database
                err.println("Cannot open the database in " + data.toAbsolutePath() + ": " + e.getMessage());
                return CANNOT_COPY;
            }
            if (!(source instanceof LogCheck.Intact)) {
                err.println("The event log in " + data.toAbsolutePath() + " is not intact (" + source.summary()
                        + "); nothing was copied");
                return CANNOT_COPY;
            }
            return copy(h2, options, source, out, err);
        } catch (RuntimeException e) {
            err.println("Cannot open the database in " + data.toAbsolutePath() + ": " + e.getMessage());
            return CANNOT_COPY;
        }
    }

    private static int copy(Database h2, Options options, LogCheck source, PrintStream out, PrintStream err) {
        try (Database postgres = Database.postgres(options.database())) {
            postgres.migrate();
            DatabaseCopy.Copied copied;
            try {
                copied = DatabaseCopy.copy(h2.dsl(), postgres.dsl(), DatabaseCopy.generatedColumns(postgres.dsl()));
            } catch (RuntimeException e) {
                err.println("Nothing was copied to " + options.database() + ": " + e.getMessage());
                return CANNOT_COPY;
            }
            Map<String, Long> there = DatabaseCopy.count(postgres.dsl());
            Map<String, Long> here = DatabaseCopy.count(h2.dsl());
            if (!there.equals(here)) {
                err.println("The copy differs from the data in " + options.data().toAbsolutePath() + ": rows here "
                        + here + ", there " + there);
                return DIFFERS;
            }
            LogCheck target = new LogVerifier(postgres.dsl()).verify();
            if (!target.equals(source)) {
                err.println("The copy's event log differs: here " + source.summary() + "; there " + target.summary());
                return DIFFERS;
            }
            out.println("Copied " + copied.total() + " rows of " + copied.rows().size() + " tables to "
                    + options.database() + ". Every table has as many rows there as in "
                    + options.data().toAbsolutePath() + ", and the event log's chain holds there to the same hash ("
                    + target.summary() + "). Start the suite with --database " + options.database());
            return COPIED;
        } catch (RuntimeException e) {
            err.println("Cannot copy to " + options.database() + ": " + e.getMessage());
            return CANNOT_COPY;
        }
    }
}
