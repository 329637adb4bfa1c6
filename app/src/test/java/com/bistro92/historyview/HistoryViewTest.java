package com.bistro92.historyview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.history.HistoryRow;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.staff.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real History view, headless, against a real server and H2 in the same JVM. */
@ViewTest
class HistoryViewTest {

    ViewFixture fx;
    @TempDir
    Path out;
    TestApp app;
    HistoryModel model;
    HistoryView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        model = fx.closeAfter(new HistoryModel(app.app().history(), app.app().events(), app.app().money(),
                java.time.ZoneId.systemDefault(), Platform::runLater, fx.background()));
        view = new HistoryView(model);
        model.start();
        fx.show(stage, view, 1280, 800);
    }

    private Order place(String table, String item, int quantity) {
        return app.app().orders().place(new NewOrder(table, List.of(new NewOrder.Line(item, quantity, "")),
                "", OrderSource.STAFF, null)).join().order();
    }

    private List<Long> shown(FxRobot robot) {
        return robot.lookup("#history-table-view").<TableView<HistoryRow>>query().getItems().stream()
                .map(HistoryRow::id).toList();
    }

    private List<String> detailTexts(FxRobot robot) {
        return robot.lookup(".history-detail .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private void chooseTable(FxRobot robot, String label) {
        ComboBox<Choice<Integer>> tables = robot.lookup("#history-table").queryAs(ComboBox.class);
        robot.interact(() -> tables.getSelectionModel().select(tables.getItems().stream()
                .filter(c -> c.label().equals(label)).findFirst().orElseThrow()));
    }

    @Test
    void filteringByTableAndSelectingAnOrderShowsItsDetailAndTimeline(FxRobot robot) throws Exception {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        Order first = place("Table 1", "Classic Burger", 2);
        Order second = place("Table 2", "Grilled Salmon", 1);
        Order third = place("Table 1", "Espresso", 1);
        app.app().orders().receive(second.id(), sam).join();
        app.app().orders().changeStatus(second.id(), OrderStatus.PREPARING, 2, sam).join();
        await(() -> shown(robot).equals(List.of(third.id(), second.id(), first.id())));
        await(() -> robot.lookup("#history-table").queryAs(ComboBox.class).getItems().size() > 12);

        chooseTable(robot, "Table 2");
        await(() -> shown(robot).equals(List.of(second.id())));
        assertThat(robot.lookup("#history-count").queryAs(Label.class).getText()).isEqualTo("1 order");

        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && ("#" + second.id()).equals(cell.getText())).queryAs(Node.class));
        await(() -> detailTexts(robot).contains("Order #" + second.id()));
        // the detail is drawn again as the order's events arrive: wait for the drawing that has them all
        List<String> expected = List.of("1× Grilled Salmon", "Received in the kitchen by Sam",
                "Placed at Table 2 by staff", "Bumped to Preparing by Sam", "Not paid", "Preparing",
                app.app().money().format(second.total()));
        await(() -> detailTexts(robot).containsAll(expected));
        assertThat(detailTexts(robot)).containsAll(expected);
    }

    @Test
    void anOrderPlacedWhileTheScreenIsOpenAppearsAtTheTopOnlyWhenTheFilterListsIt(FxRobot robot) throws Exception {
        Order old = place("Table 4", "Tiramisu", 1);
        await(() -> shown(robot).equals(List.of(old.id())));
        chooseTable(robot, "Table 4");
        await(() -> robot.lookup("#history-count").queryAs(Label.class).getText().equals("1 order"));

        Order elsewhere = place("Table 5", "Espresso", 1);
        Order here = place("Table 4", "Lemon Tart", 2);
        await(() -> shown(robot).equals(List.of(here.id(), old.id())));
        assertThat(shown(robot)).doesNotContain(elsewhere.id());
        await(() -> robot.lookup("#history-count").queryAs(Label.class).getText().equals("2 orders"));

        // a change to a listed order updates its row in place
        app.app().orders().changeStatus(old.id(), OrderStatus.CANCELLED, 1).join();
        await(() -> model.rows().stream().anyMatch(r -> r.id() == old.id() && r.status() == OrderStatus.CANCELLED));
    }

    @Test
    void scrollingTowardsTheEndReadsTheNextPageInTheBackground(FxRobot robot) throws Exception {
        List<CompletableFuture<?>> placing = new ArrayList<>();
        for (int i = 0; i < HistoryModel.PAGE * 2 + 50; i++) {
            placing.add(app.app().orders().place(new NewOrder("Table " + (1 + i % 12),
                    List.of(new NewOrder.Line("Espresso", 1, "")), "", OrderSource.STAFF, null)));
        }
        placing.forEach(CompletableFuture::join);
        robot.interact(() -> model.apply(model.filterProperty().get()));
        await(() -> model.rows().size() == HistoryModel.PAGE && !model.loadingProperty().get());
        TableView<HistoryRow> table = robot.lookup("#history-table-view").query();
        robot.interact(() -> table.scrollTo(HistoryModel.PAGE - 1));
        await(() -> model.rows().size() == HistoryModel.PAGE * 2);
        robot.interact(() -> table.scrollTo(HistoryModel.PAGE * 2 - 1));
        await(() -> model.rows().size() == HistoryModel.PAGE * 2 + 50);
        List<Long> ids = model.rows().stream().map(HistoryRow::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(model.hasMore()).isFalse();
    }

    @Test
    void theExportWritesWhatTheFiltersListAndSaysSo(FxRobot robot) throws Exception {
        place("Table 7", "Espresso", 1);
        Order wanted = place("Table 8", "Cappuccino", 1);
        chooseTable(robot, "Table 8");
        await(() -> shown(robot).equals(List.of(wanted.id())));
        Path file = out.resolve("table-8.csv");
        CompletableFuture<Long> done = new CompletableFuture<>();
        robot.interact(() -> model.exportTo(file).whenComplete((n, f) -> done.complete(n)));
        assertThat(done.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(Files.readString(file)).contains("Cappuccino").doesNotContain("Espresso");
        await(() -> robot.lookup("#history-export-status").queryAs(Label.class).getText()
                .equals("Exported 1 order to table-8.csv"));
        Node strip = robot.lookup("#history-export-status").query().getParent();
        assertThat(strip.isVisible()).isTrue();
    }
}
