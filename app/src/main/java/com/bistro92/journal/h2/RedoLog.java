package com.bistro92.journal.h2;

import com.bistro92.journal.Durability;
import com.bistro92.journal.JournalWatch;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durability on H2, which writes committed changes to its file lazily: each group's redo is written
 * to the journal file ({@link JournalFile}) and is on the disk before the group commits; now and
 * then a checkpoint ({@link Checkpoints}) makes the database itself durable and the journal starts
 * over. After a crash, {@link #recover} replays into the database the groups it had not yet written.
 *
 * <p>The database's {@code journal.group} row says which group it holds last; each group moves it
 * on in its own transaction.
 */
public final class RedoLog implements Durability {

    private static final Logger LOG = LoggerFactory.getLogger(RedoLog.class);

    /**
     * How often the database itself is made durable, when the journal file has not filled up first.
     * Recovery after a power cut replays at most this much (or one half of the journal file).
     */
    public static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(60);

    private final JournalFile file;
    private final Checkpoints checkpoints;
    private final PreparedStatement marker;
    private long group;

    private RedoLog(JournalFile file, Checkpoints checkpoints, PreparedStatement marker, long group) {
        this.file = file;
        this.checkpoints = checkpoints;
        this.marker = marker;
        this.group = group;
    }

    /**
     * Replays into the database the groups that the journal file {@code base} holds and the
     * database does not. Run before anything else reads or migrates the database.
     *
     * @param base the journal file's H2 file path, without the {@code .0}/{@code .1} suffix
     * @return the number of groups replayed
     */
    public static int recover(Connection connection, String base) throws SQLException, IOException {
        try (connection; JournalFile file = JournalFile.open(base)) {
            connection.setAutoCommit(false);
            return Recovery.replay(connection, file);
        }
    }

    /**
     * Makes the database durable as it is and starts the journal file over from its first record.
     *
     * @param writer          the writer's connection, which checkpoints use between groups
     * @param checkpointEvery how often the database itself is made durable, when the file has not
     *                        filled up first
     */
    public static RedoLog start(Connection writer, String base, Duration checkpointEvery, JournalWatch watch)
            throws SQLException, IOException {
        JournalFile file = JournalFile.open(base);
        try {
            writer.setAutoCommit(false);
            Checkpoint.makeDurable(writer);
            file.clear();
            long group = Recovery.lastGroup(writer);
            writer.commit();
            if (group < 0) {
                throw new SQLException("The database has no journal marker; is it migrated?");
            }
            Checkpoints checkpoints = new Checkpoints(writer, file, checkpointEvery.toNanos(), group, watch);
            return new RedoLog(file, checkpoints, writer.prepareStatement(Recovery.SET_MARKER), group);
        } catch (SQLException | IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Never called: H2 lives in the suite's process, and the writer never reconnects to it. */
    @Override
    public void attach(Connection writer) {
        throw new UnsupportedOperationException("The writer does not reconnect to H2");
    }

    @Override
    public boolean recordsRedo() {
        return true;
    }

    @Override
    public void beforeCommit(Connection writer, byte[] redo, long lastSeq) throws IOException, SQLException {
        // the marker is not in the redo: a replay sets it itself
        Recovery.setLastGroup(marker, group + 1);
        file.append(group + 1, redo);
    }

    @Override
    public void committed() {
        group++;
    }

    @Override
    public void idle(boolean closing) {
        checkpoints.maybeRun(group, closing);
    }

    @Override
    public void close() {
        try {
            marker.close();
        } catch (SQLException e) {
            LOG.warn("The journal marker's statement did not close cleanly: {}", e.toString());
        }
        try {
            file.close();
        } catch (IOException e) {
            LOG.warn("The journal file did not close cleanly", e);
        }
    }
}
