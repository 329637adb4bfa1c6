package com.bistro92.tableview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import com.bistro92.table.TableOverview.TableRow;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From a table's orders panel, a server rushes an order, holds its mains and fires them; each change
 * is stored and shows on screen from its event. A member who may not hold or rush sees the RUSH and
 * HELD marks but no controls, and a change sent at a version already gone is refused and says so.
 */
@ViewTest
class RushHoldFireTest {

    ViewFixture fx;
    TestApp app;
    TablesModel model;
    TablesView view;
    long orderId;
    int server;
    int cook;
    /** Who is signed in to the screen, and their role; a test may change them before opening a panel. */
    volatile int member;
    volatile Role role = Role.SERVER;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        Staff staff = app.app().staff();
        server = staff.add("Sam", Role.SERVER, null).join().member().id();
        cook = staff.add("Kim", Role.KITCHEN, null).join().member().id();
        member = server;
        app.app().sessions().seat(4, 2, null).join();
        orderId = app.postJson("/api/order", """
                {"table": "Table 4", "items": [{"name": "Tomato Soup", "quantity": 2},
                 {"name": "Steak Frites", "quantity": 1}, {"name": "Grilled Salmon", "quantity": 1}]}""")
                .body().get("id").asLong();
        model = TablesScreen.model(fx, app);
        model.actingAs(() -> member, p -> role.may(p));
        view = TablesScreen.view(fx, model, app);
        model.start();
        fx.show(stage, view, 1280, 860);
    }

    private Order stored() {
        return app.app().orders().find(orderId).orElseThrow();
    }

    private List<Boolean> storedHeld() {
        return stored().items().stream().map(OrderItem::held).toList();
    }

    private static void openOrders(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".table-orders-button").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".table-orders-button").queryButton().fire());
        await(() -> robot.lookup(".party-order").queryAll().size() == 1);
    }

    private static boolean shows(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    /** The enabled button of this style class on line {@code lineNo} (from 1) of the order shown. */
    private static Button lineButton(FxRobot robot, String styleClass, int lineNo) {
        return robot.lookup(styleClass).queryAllAs(Button.class).stream()
                .filter(b -> GridPane.getRowIndex(b) == lineNo - 1).findFirst().orElseThrow();
    }

    private static boolean lineButtonReady(FxRobot robot, String styleClass, int lineNo) {
        return robot.lookup(styleClass).queryAllAs(Button.class).stream()
                .anyMatch(b -> GridPane.getRowIndex(b) == lineNo - 1 && !b.isDisabled());
    }

    /**
     * Taps a node where it is on screen now. The point is taken on the FX thread: the panel renders
     * its orders again as events and the bill arrive, so a node looked up from the test's thread may
     * be replaced before the click reaches it; its replacement is at the same place.
     */
    private static void tap(FxRobot robot, Callable<Node> node) throws Exception {
        Point2D at = WaitForAsyncUtils.asyncFx(() -> {
            Node target = node.call();
            Bounds b = target.localToScreen(target.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        }).get(5, TimeUnit.SECONDS);
        robot.clickOn(at);
    }

    private static String message(FxRobot robot) {
        return robot.lookup(".party-message").queryAs(Label.class).getText();
    }

    @Test
    void aServerRushesTheOrderHoldsItsMainsAndFiresThem(FxRobot robot) throws Exception {
        openOrders(robot);
        assertThat(shows(robot, ".party-rush-badge")).isFalse();

        tap(robot, () -> robot.lookup(".party-rush-switch .thumb-area").query());
        await(() -> stored().urgent());
        await(() -> shows(robot, ".party-rush-badge") && shows(robot, ".party-order-urgent"));
        assertThat(robot.lookup(".party-rush-badge").queryAs(Label.class).getText()).isEqualTo("RUSH");
        await(() -> message(robot).equals("Order " + orderId + " is a rush"));

        await(() -> lineButtonReady(robot, ".party-hold", 2));
        tap(robot, () -> lineButton(robot, ".party-hold", 2));
        await(() -> storedHeld().equals(List.of(false, true, false)));
        await(() -> lineButtonReady(robot, ".party-hold", 3));
        tap(robot, () -> lineButton(robot, ".party-hold", 3));
        await(() -> storedHeld().equals(List.of(false, true, true)));
        await(() -> robot.lookup(".party-held").queryAll().size() == 2);
        assertThat(robot.lookup(".party-held").queryAllAs(Label.class)).allMatch(l -> l.getText().equals("HELD"));
        assertThat(robot.lookup(".party-fire").queryAll()).as("a Fire on each held line").hasSize(2);
        assertThat(robot.lookup(".party-hold").queryAll()).as("the starter can still be held").hasSize(1);
        assertThat(stored().urgent()).as("holding keeps the rush").isTrue();

        await(() -> shows(robot, ".party-fire-all") && !robot.lookup(".party-fire-all").queryButton().isDisabled());
        tap(robot, () -> robot.lookup(".party-fire-all").query());
        await(() -> storedHeld().equals(List.of(false, false, false)));
        await(() -> !shows(robot, ".party-held") && !shows(robot, ".party-fire-all"));
        await(() -> message(robot).equals("Fired 1 × Steak Frites, 1 × Grilled Salmon on order " + orderId));

        await(() -> !robot.lookup(".party-rush-switch").query().isDisabled());
        tap(robot, () -> robot.lookup(".party-rush-switch .thumb-area").query());
        await(() -> !stored().urgent());
        await(() -> !shows(robot, ".party-rush-badge") && !shows(robot, ".party-order-urgent"));
    }

    @Test
    void aHeldLineIsFiredOnItsOwn(FxRobot robot) throws Exception {
        openOrders(robot);
        tap(robot, () -> lineButton(robot, ".party-hold", 2));
        await(() -> storedHeld().equals(List.of(false, true, false)));
        await(() -> robot.lookup(".party-held").queryAll().size() == 1);
        assertThat(shows(robot, ".party-fire-all")).as("one held line has its own Fire").isFalse();

        await(() -> lineButtonReady(robot, ".party-fire", 2));
        tap(robot, () -> lineButton(robot, ".party-fire", 2));
        await(() -> storedHeld().equals(List.of(false, false, false)));
        await(() -> !shows(robot, ".party-held") && robot.lookup(".party-hold").queryAll().size() == 3);
    }

    @Test
    void aMemberWhoMayNotHoldOrRushSeesTheMarksButNoControlsAndIsRefused(FxRobot robot) throws Exception {
        member = cook;
        role = Role.KITCHEN;
        assertThat(app.postJson("/api/v1/orders/" + orderId + "/urgent", "{\"urgent\":true}").status()).isEqualTo(200);
        assertThat(app.postJson("/api/v1/orders/" + orderId + "/hold", "{\"lines\":[2]}").status()).isEqualTo(200);
        openOrders(robot);
        await(() -> shows(robot, ".party-rush-badge") && shows(robot, ".party-held"));
        assertThat(robot.lookup(".party-rush-switch").tryQuery()).isEmpty();
        assertThat(robot.lookup(".party-hold").tryQuery()).isEmpty();
        assertThat(robot.lookup(".party-fire").tryQuery()).isEmpty();
        assertThat(robot.lookup(".party-void").tryQuery()).as("the rest of the panel is there").isPresent();

        // sent anyway, the change is refused where every command is checked, and nothing is written
        PartyModel party = party();
        await(() -> party.orders().size() == 1);
        robot.interact(() -> party.tickets().rush(party.orders().getFirst(), false));
        await(() -> party.messageProperty().get().contains("may not do this"));
        assertThat(stored().urgent()).isTrue();
        robot.interact(party::close);
    }

    @Test
    void aChangeSentAtAVersionAlreadyGoneIsRefusedAndTheOrderShownAsItIsNow(FxRobot robot) throws Exception {
        PartyModel party = party();
        await(() -> party.orders().size() == 1);
        Order seen = party.orders().getFirst();
        assertThat(app.postJson("/api/v1/orders/" + orderId + "/hold", "{\"lines\":[3]}").status()).isEqualTo(200);
        await(() -> party.orders().getFirst().version() > seen.version());

        robot.interact(() -> party.tickets().hold(seen, List.of(2)));
        await(() -> party.messageProperty().get().contains("changed on another screen meanwhile"));
        assertThat(storedHeld()).as("nothing written").isEqualTo(List.of(false, false, true));
        assertThat(party.orders().getFirst().version()).as("shown as it is now").isEqualTo(stored().version());
        assertThat(party.tickets().busy(party.orders().getFirst())).as("free to try again").isFalse();
        robot.interact(party::close);
    }

    private PartyModel party() throws Exception {
        await(() -> model.tables().stream().anyMatch(t -> t.label().equals("Table 4") && t.seated()));
        TableRow table = model.tables().stream().filter(t -> t.label().equals("Table 4")).findFirst().orElseThrow();
        PartyModel[] party = new PartyModel[1];
        WaitForAsyncUtils.asyncFx(() -> party[0] = model.party(table)).get(20, TimeUnit.SECONDS);
        return party[0];
    }
}
