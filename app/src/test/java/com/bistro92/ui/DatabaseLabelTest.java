package com.bistro92.ui;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Launcher;
import com.bistro92.Options;
import com.bistro92.Screenshots;
import com.bistro92.TestDatabase;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.problem.Problem;
import com.bistro92.store.PostgresAddress;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The status line says where the data is kept and, on PostgreSQL, when the database cannot be
 * reached: red while the server is away, and back by itself once it returns, with no one ordering.
 */
@ViewTest
class DatabaseLabelTest {

    ViewFixture fx;
    Bistro92 suite;
    PostgresAddress database;
    DatabaseLabel label;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        database = TestDatabase.databaseOf(fx.data());
        suite = fx.closeAfter(CheapStart.start(new Options(true, false, 0, fx.data()).onDatabase(database),
                Clock.systemUTC()));
        var place = Launcher.parts(suite).dataPlace();
        label = fx.closeAfter(new DatabaseLabel(fx.data().toString(), place.server(), "till",
                place.reachable().getAsBoolean(), suite.events(), Platform::runLater));
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("shell-status");
        stage.setScene(new Scene(pane, 760, 60));
        stage.show();
    }

    /** Closes the database to connections and ends the suite's: as if its server had gone. */
    private void cut(boolean allowConnections) throws Exception {
        try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS " + allowConnections);
            if (!allowConnections) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database.name() + "'");
            }
        }
    }

    private static NewOrder espresso() {
        return new NewOrder("Table 1", List.of(new NewOrder.Line("Espresso", 1, "")), "", OrderSource.SEED, null);
    }

    @Test
    void theLabelTurnsRedWhileTheDatabaseIsAwayAndBackByItself(FxRobot robot) throws Exception {
        assertThat(label.getText()).isEqualTo("Node till · Database " + database.name() + " on localhost");
        assertThat(label.getTooltip().getText()).contains(database.toString());
        cut(false);
        try {
            suite.orders().place(espresso()).join();
            throw new AssertionError("an order was taken without its database");
        } catch (CompletionException refused) {
            assertThat(refused.getCause()).isInstanceOfSatisfying(Problem.class,
                    p -> assertThat(p.status()).isEqualTo(503));
        }
        await(() -> label.getStyleClass().contains("log-broken")
                && label.getText().equals("Node till · Database " + database.name()
                        + " on localhost unreachable: changes refused"));
        Screenshots.save(robot, stage.getScene(), "database-unreachable.png");

        cut(true);
        await(() -> !label.getStyleClass().contains("log-broken")
                && label.getText().equals("Node till · Database " + database.name() + " on localhost"));
        assertThat(suite.orders().place(espresso()).join().order().id()).isPositive();
    }
}
