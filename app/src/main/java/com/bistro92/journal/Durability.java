package com.bistro92.journal;

import java.io.IOException;
import java.sql.SQLException;

/**
 * What makes a committed group survive a killed process and a power cut: the one part of the
 * journal that depends on the database underneath. The writer, its groups, the sequence numbers,
 * the hash chain and the events after the commit are the same for every database.
 *
 * <p>H2 writes committed changes lazily, so its groups are made durable by a redo log of their own
 * ({@code com.bistro92.journal.h2.RedoLog}); PostgreSQL commits durably itself
 * ({@code com.bistro92.journal.postgres.ServerCommit}). Every method runs on the writer's thread.
 */
public interface Durability extends AutoCloseable {

    /**
     * Prepares a new connection of the writer's, after the database was lost and is back ({@link
     * Reconnect}): the same set-up the first connection had.
     */
    void attach(java.sql.Connection writer) throws SQLException;

    /** Whether each group's {@link Redo} must be recorded and handed to {@link #beforeCommit}. */
    boolean recordsRedo();

    /**
     * Whether other suite nodes may write to the same database (PostgreSQL). Then every group first
     * takes the database's writer lock ({@link #beforeGroup}), reads what the others committed since
     * its last group, and reads its ids again; and the others are woken after each commit.
     */
    default boolean shared() {
        return false;
    }

    /**
     * Opens a group on a shared database: takes the lock that makes this writer the database's only
     * one until the group's transaction ends, before the group reads or takes any sequence number.
     */
    default void beforeGroup(java.sql.Connection writer) throws SQLException {
    }

    /**
     * Calls {@code wake}, from a thread of its own, whenever another node has committed a group to
     * this database, so that the writer publishes it even while it has nothing of its own to write.
     */
    default void listen(Runnable wake) {
    }

    /**
     * The group's changes are made, in its open transaction, and are about to be committed: make
     * sure they will survive the commit's crash. Runs once per group that wrote something.
     *
     * @param writer  the writer's connection, whose transaction holds the group
     * @param redo    the group's redo, or empty when {@link #recordsRedo()} is false
     * @param lastSeq the sequence number of the group's last event
     * @throws IOException  when the disk refused; the group is then rolled back and its callers told 503
     * @throws SQLException when the database refused; the group is then rolled back
     */
    void beforeCommit(java.sql.Connection writer, byte[] redo, long lastSeq) throws IOException, SQLException;

    /** The group handed to {@link #beforeCommit} was committed. */
    void committed();

    /** Between groups, when the writer has nothing to do or after each group; {@code closing} once, last. */
    void idle(boolean closing);

    @Override
    void close();
}
