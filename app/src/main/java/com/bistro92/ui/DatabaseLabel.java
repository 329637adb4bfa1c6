package com.bistro92.ui;

import com.bistro92.journal.DatabaseLink;
import com.bistro92.journal.EventStream;
import com.bistro92.store.PostgresAddress;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The status line's word on where the data is: the data folder (H2), or the PostgreSQL database
 * and whether it can be reached. While a database server is away the words turn red and say that
 * changes are refused; they turn back when the suite has reconnected. H2, which stops only after a
 * disk error, turns red until the next start.
 */
final class DatabaseLabel extends Label implements AutoCloseable {

    private static final String LOST = "log-broken";

    private final String where;
    /** What the line says: the folder, or the database's name and server ({@code bistro92 on db.local}). */
    private final String named;
    private final boolean onServer;
    private final Tooltip tooltip = new Tooltip();
    private final AutoCloseable subscription;

    /**
     * @param folder    the data folder, where H2 keeps the data
     * @param server    the database server the data is kept on, or null for H2 in {@code folder}: its
     *                  name and host on the line, its whole address (never a password) in the tooltip
     * @param reachable whether the database can be reached now
     */
    DatabaseLabel(String folder, PostgresAddress server, boolean reachable, EventStream events, Executor fxThread) {
        this.onServer = server != null;
        this.where = onServer ? server.toString() : folder;
        this.named = onServer ? server.name() + " on " + server.host() : folder;
        getStyleClass().add("database-status");
        setId("database-status");
        setTooltip(tooltip);
        show(reachable);
        subscription = events.subscribe(DatabaseLink.class, link -> fxThread.execute(() -> show(link.reachable())));
    }

    private void show(boolean reachable) {
        getStyleClass().remove(LOST);
        if (!onServer && reachable) {
            setText("Data: " + named);
            tooltip.setText("The data is kept on this PC, in " + where);
        } else if (!onServer) {
            getStyleClass().add(LOST);
            setText("Database stopped: changes refused; start Bistro92 again");
            tooltip.setText("The database in " + where + " stopped after a disk error (is the disk full?);"
                    + " pads are told to try again. Free some space, then start Bistro92 again");
        } else if (reachable) {
            setText("Database " + named);
            tooltip.setText("The data is kept in the PostgreSQL database " + where);
        } else {
            getStyleClass().add(LOST);
            setText("Database " + named + " unreachable: changes refused");
            tooltip.setText("The suite cannot reach its database " + where + "; pads are told to try again,"
                    + " and the suite reconnects by itself once the database is back");
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
