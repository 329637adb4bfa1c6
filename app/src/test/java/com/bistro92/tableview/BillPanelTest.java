package com.bistro92.tableview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.Screenshots;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A table's bill on screen: split evenly, by item and by amount, each adding up to the cent; a
 * cash payment with its change, then a card payment that settles the bill and closes the table.
 */
@ViewTest
class BillPanelTest {

    ViewFixture fx;
    TestApp app;
    TablesModel model;
    TablesView view;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        app.setTax("10", true);
        app.app().sessions().seat(4, 3, null).join();
        app.postJson("/api/order", """
                {"table": "Table 4", "items": [{"name": "Margherita Pizza", "quantity": 2},
                 {"name": "Espresso", "quantity": 1}]}""");
        app.postJson("/api/order", """
                {"table": "Table 4", "items": [{"name": "Espresso", "quantity": 2}]}""");
        model = TablesScreen.model(fx, app);
        view = TablesScreen.view(fx, model, app);
        model.start();
        fx.show(stage, view, 1280, 860);
    }

    /** The label's text, looked up on the FX thread: the panel redraws its rows as payments come in. */
    private static String text(FxRobot robot, String query) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(Label.class).getText()).get();
    }

    private static List<BigDecimal> shares(FxRobot robot, String kind) {
        return robot.lookup(".split-share-" + kind).queryAllAs(Label.class).stream()
                .map(l -> new BigDecimal(l.getText().replaceAll("[^0-9.]", ""))).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void guests(FxRobot robot, int n) {
        robot.interact(() -> robot.lookup("#split-guests").queryAs(Spinner.class).getValueFactory().setValue(n));
    }

    private static void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#split-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    private void openBill(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".table-orders-button").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".table-orders-button").queryButton().fire());
        await(() -> robot.lookup("#bill-summary").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void splitsAddUpAndACashPaymentGivesChangeThenTheLastPaymentClosesTheTable(FxRobot robot) throws Exception {
        openBill(robot);
        assertThat(text(robot, "#party-due")).isEqualTo("To pay " + app.app().money().format(new BigDecimal("34.40")));
        robot.clickOn("#bill-split");
        await(() -> robot.lookup(".split-panel").tryQuery().isPresent());

        guests(robot, 3);
        await(() -> shares(robot, "even").size() == 3);
        assertThat(shares(robot, "even")).containsExactly(new BigDecimal("11.47"), new BigDecimal("11.47"),
                new BigDecimal("11.46"));

        tab(robot, 1);
        guests(robot, 2);
        ListView<?> lines = robot.lookup("#split-unassigned").queryAs(ListView.class);
        await(() -> lines.getItems().size() == 3);
        for (int guest : new int[] {1, 2, 2}) {
            robot.interact(() -> lines.getSelectionModel().select(0));
            robot.clickOn(lines).type(guest == 1 ? KeyCode.DIGIT1 : KeyCode.DIGIT2);
        }
        await(() -> lines.getItems().isEmpty());
        assertThat(shares(robot, "item")).containsExactly(new BigDecimal("26.00"), new BigDecimal("8.40"));

        tab(robot, 2);
        robot.clickOn("#split-amount-1").write("20");
        await(() -> shares(robot, "amount").size() == 2);
        assertThat(shares(robot, "amount")).containsExactly(new BigDecimal("20.00"), new BigDecimal("14.40"));
        assertThat(sum(shares(robot, "amount"))).isEqualByComparingTo("34.40");
        Screenshots.save(robot, stage.getScene(), "bill-split.png");

        // guest 1 pays their 20.00 in cash with a 30.00 note and a 2.00 tip
        robot.clickOn(robot.lookup(".split-share-amount").queryAll().stream().findFirst().orElseThrow().getParent()
                .lookup(".button"));
        await(() -> robot.lookup("#pay-take").tryQuery().isPresent());
        assertThat(robot.lookup("#pay-amount").queryAs(TextField.class).getText()).isEqualTo("20.00");
        robot.clickOn("#pay-cash");
        robot.doubleClickOn("#pay-tip").write("2.00");
        robot.clickOn("#pay-tendered").write("30");
        await(() -> text(robot, "#pay-change").equals(app.app().money().format(new BigDecimal("8.00"))));
        robot.clickOn("#pay-take");
        await(() -> text(robot, "#party-due").endsWith("14.40"));
        assertThat(app.app().bills().bill(4).orElseThrow().payments()).singleElement()
                .satisfies(p -> assertThat(p.change()).isEqualByComparingTo("8.00"));
        Screenshots.save(robot, stage.getScene(), "bill.png");

        // the rest by card settles the bill: the table closes
        long sessionId = app.app().bills().bill(4).orElseThrow().sessionId();
        robot.clickOn("#bill-pay");
        await(() -> robot.lookup("#pay-take").tryQuery().isPresent());
        assertThat(robot.lookup("#pay-amount").queryAs(TextField.class).getText()).isEqualTo("14.40");
        robot.clickOn("#pay-take");
        await(() -> !app.app().sessions().isSeated(4));
        await(() -> robot.lookup(".party-message").queryAs(Label.class).getText().contains("Paid in full"));
        assertThat(app.rows("payment")).isEqualTo(2);
        await(() -> text(robot, "#party-due").equals("Paid in full"));
        assertThat(robot.lookup("#bill-pdf").queryButton().isDisabled()).as("the receipt of a paid bill").isFalse();
        Path pdf = Screenshots.folder().resolve("receipt.pdf");
        new com.bistro92.bill.ReceiptPdf().write(com.bistro92.bill.Receipt.of(
                app.app().bills().ofSession(sessionId).orElseThrow(), app.app().money(), java.time.Instant.now(),
                java.time.ZoneId.systemDefault()), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("2 × Margherita Pizza").contains("incl. tax 10%").contains("Change")
                    .contains("Paid in full");
        }
    }

    @Test
    void aPaymentOfMoreThanIsLeftIsRefusedOnScreenWithNothingWritten(FxRobot robot) throws Exception {
        openBill(robot);
        robot.clickOn("#bill-pay");
        await(() -> robot.lookup("#pay-take").tryQuery().isPresent());
        robot.doubleClickOn("#pay-amount").eraseText(5).write("50.00");
        robot.clickOn("#pay-take");
        await(() -> text(robot, "#pay-message").contains("34.40 still to pay"));
        assertThat(app.rows("payment")).isZero();
        assertThat(robot.lookup((Node n) -> n instanceof Button b && "Take payment".equals(b.getText())).tryQuery())
                .isPresent();
        assertThat(robot.lookup(".split-panel").tryQuery()).isEmpty();
    }
}
