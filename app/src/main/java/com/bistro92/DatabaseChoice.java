package com.bistro92;

import com.bistro92.journal.Durability;
import com.bistro92.journal.Journal;
import com.bistro92.journal.JournalWatch;
import com.bistro92.journal.Reconnect;
import com.bistro92.journal.h2.RedoLog;
import com.bistro92.journal.postgres.ServerCommit;
import com.bistro92.store.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Where the suite keeps its data, and what that means for the journal: the H2 database in the data
 * folder, made durable by the journal's redo log, or a PostgreSQL database ({@code --database}),
 * which commits durably itself. Everything above the journal is the same on both.
 */
final class DatabaseChoice {

    private DatabaseChoice() {
    }

    /** Opens the database the options name, without migrating it. */
    static Database open(Options options, Bistro92.Storage storage) {
        return options.database() == null ? Database.open(options.data(), storage.fileSystem())
                : Database.postgres(options.database());
    }

    /**
     * Brings the database up to what was answered before a crash, before anything else reads or
     * migrates it: H2's redo log is replayed; PostgreSQL recovers by itself.
     *
     * @return the number of groups replayed
     */
    static int recover(Database database) throws SQLException, IOException {
        return switch (database.vendor()) {
            case H2 -> RedoLog.recover(database.newConnection(), database.journalPath());
            case POSTGRESQL -> 0;
        };
    }

    /** What {@link #writingAlone} holds until it is closed. */
    interface Alone extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Makes this suite the database's only writer until closed, for what it writes outside the
     * journal at start (migrations, the demo restaurant, the first settings): on a database that
     * other suite nodes share, the writer lock their groups take, held for the session. Nothing on H2,
     * whose file only one suite opens.
     */
    static Alone writingAlone(Database database) throws SQLException {
        if (database.server() == null) {
            return () -> {
            };
        }
        Connection connection = database.newConnection();
        try (var s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + ServerCommit.WRITER_LOCK + ")");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return () -> {
            try (connection; var s = connection.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + ServerCommit.WRITER_LOCK + ")");
            }
        };
    }

    /** Starts the journal's writer on a connection of its own, with the durability this database needs. */
    static Journal startJournal(Database database, Bistro92.Storage storage, Clock clock, JournalWatch watch)
            throws SQLException, IOException {
        Connection writer = database.newConnection();
        Durability durability;
        try {
            writer.setAutoCommit(false);
            durability = switch (database.vendor()) {
                case H2 -> RedoLog.start(writer, database.journalPath(), storage.checkpointEvery(), watch);
                case POSTGRESQL -> ServerCommit.on(writer, database::newConnection);
            };
        } catch (SQLException | IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        database.keepPrivate();
        // a database server may go away and come back; H2 lives and dies with the suite
        Reconnect reconnect = database.server() != null ? database::newConnection : Reconnect.NEVER;
        return Journal.start(writer, reconnect, durability, database.dsl(), clock, watch);
    }
}
