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
    /** This suite node's name, said first on a database server that several nodes may share. */
    private final String node;
    private final Tooltip tooltip = new Tooltip();
    private final AutoCloseable subscription;

    /**
     * @param folder    the data folder, where H2 keeps the data
     * @param server    the database server the data is kept on, or null for H2 in {@code folder}: its
     *                  name and host on the line, its whole address (never a password) in the tooltip
     * @param node      this computer's name: on a database server, which of the suite's nodes this one is
     * @param reachable whether the database can be reached now
     */
    DatabaseLabel(String folder, PostgresAddress server, String node, boolean reachable, EventStream events,
                  Executor fxThread) {
        this.onServer = server != null;
        this.node = node;
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
            setText("Node " + node + " · Database " + named);
            tooltip.setText("This suite is the node " + node + ". The data is kept in the PostgreSQL database "
                    + where + ", which other PCs running Bistro92 may share");
        } else {
            getStyleClass().add(LOST);
            setText("Node " + node + " · Database " + named + " unreachable: changes refused");
            tooltip.setText("The suite cannot reach its database " + where + "; pads are told to try again,"
                    + " and the suite reconnects by itself once the database is back");
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
