package com.bistro92.journal.h2;

import com.bistro92.journal.Redo;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database up to the journal after a power cut: the groups the journal file holds
 * beyond the database's {@code journal.group} are applied again, in order, each in its own
 * transaction that also moves {@code journal.group} on.
 */
final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    static final String MARKER = "journal.group";
    static final String SET_MARKER = "UPDATE app_meta SET meta_value = ? WHERE meta_key = ?";

    private Recovery() {
    }

    /** The last group the database holds, or -1 when it has no journal yet (a new or older database). */
    static long lastGroup(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT meta_value FROM app_meta WHERE meta_key = ?")) {
            ps.setString(1, MARKER);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : -1;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                return -1;
            }
            throw e;
        }
    }

    /** Moves {@code journal.group} on, inside the caller's transaction, with a statement prepared from {@link #SET_MARKER}. */
    static void setLastGroup(PreparedStatement setMarker, long group) throws SQLException {
        setMarker.setString(1, Long.toString(group));
        setMarker.setString(2, MARKER);
        if (setMarker.executeUpdate() != 1) {
            throw new SQLException("The database has no " + MARKER + " row");
        }
    }

    /** Applies the journal's groups newer than the database's; returns how many. {@code c} must not auto-commit. */
    static int replay(Connection c, JournalFile file) throws SQLException, IOException {
        long last = lastGroup(c);
        c.commit();
        if (last < 0) {
            return 0;
        }
        Map<Long, byte[]> groups = new HashMap<>();
        for (JournalFile.Entry entry : file.readAll()) {
            groups.put(entry.group(), entry.redo());
        }
        int applied = 0;
        try (PreparedStatement setMarker = c.prepareStatement(SET_MARKER)) {
            for (long g = last + 1; groups.containsKey(g); g++) {
                try {
                    Redo.replay(groups.get(g), c);
                    setLastGroup(setMarker, g);
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw new SQLException("Cannot apply journal group " + g + " to the database", e);
                }
                applied++;
            }
        }
        if (applied > 0) {
            LOG.warn("Recovered {} group(s) of changes from the journal that the database had not yet written",
                    applied);
        }
        long end = last + applied;
        long beyond = groups.keySet().stream().filter(g -> g > end + 1).count();
        if (beyond > 0) {
            LOG.error("The journal holds {} group(s) after group {}, which it does not hold: they cannot be applied"
                    + " and are dropped", beyond, end + 1);
        }
        return applied;
    }
}
