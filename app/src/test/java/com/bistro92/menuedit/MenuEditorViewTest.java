package com.bistro92.menuedit;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.FeedClient;
import com.bistro92.Screenshots;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.menu.Allergen;
import com.bistro92.menu.Menu;
import com.bistro92.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real menu editor, headless: a price edited here reaches a paired pad; the 86 switch; a bad CSV file. */
@ViewTest
class MenuEditorViewTest {

    ViewFixture fx;
    TestApp app;
    MenuEditorModel model;
    MenuEditorView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        Money euros = new Money(() -> Currency.getInstance("EUR"), Locale.UK);
        model = fx.closeAfter(new MenuEditorModel(app.app().menu(), app.app().menuChanges(), app.app().stock(), app.app().events(),
                euros, () -> 1, Platform::runLater, fx.background()));
        model.start();
        view = new MenuEditorView(model);
        fx.show(stage, view, 1280, 800);
    }

    private Menu.Item item(String name) {
        return app.app().menu().byName(name).orElseThrow();
    }

    private String padToken() throws Exception {
        String code = app.app().pairing().newCode(5).join().code();
        return app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\",\"name\":\"Pad A\"}")
                .body().get("token").asText();
    }

    private void openItem(FxRobot robot, String category, String item) throws Exception {
        robot.clickOn(category);
        await(() -> !robot.lookup(item).queryAll().isEmpty());
        robot.clickOn(item);
        await(() -> robot.lookup("#item-name").queryAs(TextField.class).getText().equals(item));
    }

    /** Replaces what the field holds by typing {@code text}, as a person would after selecting it all. */
    private static void type(FxRobot robot, String field, String text) {
        TextField f = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text);
    }

    @Test
    void aPriceEditedInTheEditorReachesAPairedPadAtOnce(FxRobot robot) throws Exception {
        String token = padToken();
        TestApp.Reply before = app.send(HttpRequest.newBuilder(app.uri("/api/v1/menu"))
                .header("Authorization", "Bearer " + token).build());
        try (FeedClient pad = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token)) {
            pad.next();
            openItem(robot, "Mains", "Classic Burger");
            type(robot, "#item-price", "15.75");
            robot.clickOn("Save");

            JsonNode changed = pad.next();
            while (!changed.get("type").asText().equals("menu_changed")) {
                changed = pad.next();
            }
            assertThat(changed.at("/change/what").asText()).isEqualTo("item_updated");
            assertThat(changed.at("/change/by").asInt()).as("who made the change").isEqualTo(1);
            TestApp.Reply after = app.send(HttpRequest.newBuilder(app.uri("/api/v1/menu"))
                    .header("Authorization", "Bearer " + token).header("If-None-Match", before.header("ETag")).build());
            assertThat(after.status()).as("the pad's old ETag no longer matches").isEqualTo(200);
            assertThat(after.body().toString()).contains("\"name\":\"Classic Burger\"");
            assertThat(item("Classic Burger").price()).isEqualByComparingTo("15.75");
            await(() -> !robot.lookup("€15.75").queryAll().isEmpty());
        }
    }

    /**
     * The 86 switch's thumb area in the row of {@code item}: ToggleSwitch reacts to clicks there only.
     * Looked up on the FX thread, once the row is on screen: the table redraws its rows as the menu
     * changes, and a row found from the test thread meanwhile may already have left the scene.
     */
    private static Node switchOf(FxRobot robot, String item) throws Exception {
        Node[] found = new Node[1];
        await(() -> {
            found[0] = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-row-cell").queryAll()
                    .stream().filter(r -> r.getScene() != null && !robot.from(r).lookup(item).queryAll().isEmpty())
                    .findFirst().map(r -> (Node) robot.from(r).lookup(".thumb-area").query()).orElse(null)).get();
            return found[0] != null;
        });
        return found[0];
    }

    @Test
    void allergensTickedInTheFormAreSavedWithTheItem(FxRobot robot) throws Exception {
        openItem(robot, "Sides", "Truffle Fries");
        AllergenPicker picker = robot.lookup("#item-allergens").queryAs(AllergenPicker.class);
        await(() -> WaitForAsyncUtils.asyncFx(picker::ticked).get().equals(List.of(Allergen.MILK)));
        robot.clickOn(picker);
        Node gluten = WaitForAsyncUtils.waitForAsyncFx(ViewFixture.WAIT.toMillis(), () -> robot.lookup(".list-cell")
                .match(n -> n instanceof javafx.scene.control.Labeled l && "Gluten".equals(l.getText())).query());
        robot.clickOn(robot.point(gluten));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        await(() -> WaitForAsyncUtils.asyncFx(picker::ticked).get().equals(List.of(Allergen.GLUTEN, Allergen.MILK)));
        Screenshots.save(robot, picker.getScene(), "menu-allergens.png");
        robot.clickOn("Save");
        await(() -> item("Truffle Fries").allergens().equals(List.of(Allergen.GLUTEN, Allergen.MILK)));
    }

    @Test
    void aCountOfItsOwnAndThenASharedOneAreSetInTheForm(FxRobot robot) throws Exception {
        var stock = app.app().stock();
        int salmon = item("Grilled Salmon").id();
        stock.create(new com.bistro92.stock.StockDraft("Salmon portions", 9, List.of(salmon)), null).join();
        openItem(robot, "Sides", "Onion Rings");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<StockField.Choice> which = robot.lookup("#item-stock").queryAs(
                javafx.scene.control.ComboBox.class);
        javafx.scene.control.TextField onHand = robot.lookup("#item-on-hand").queryAs(
                javafx.scene.control.TextField.class);
        await(() -> WaitForAsyncUtils.asyncFx(() -> which.getItems().size() == 3).get());
        robot.interact(() -> {
            which.setValue(which.getItems().get(1));
            onHand.setText("12");
        });
        robot.clickOn("Save");
        await(() -> stock.levels().stream().anyMatch(l -> l.name().equals("Onion Rings") && l.onHand() == 12));

        // the onion rings share the salmon's count now: the shared count is set, their own is gone
        await(() -> WaitForAsyncUtils.asyncFx(() -> which.getItems().size() == 3
                && which.getValue().label().equals("Its own count")).get());
        robot.interact(() -> {
            which.setValue(which.getItems().stream().filter(c -> c.label().equals("Shared: Salmon portions"))
                    .findFirst().orElseThrow());
            onHand.setText("7");
        });
        robot.clickOn("Save");
        await(() -> stock.levels().size() == 1 && stock.levels().getFirst().itemIds().size() == 2);
        assertThat(stock.levels().getFirst().onHand()).isEqualTo(7);
        assertThat(stock.levels().getFirst().itemIds()).contains(salmon, item("Onion Rings").id());
    }

    @Test
    void theEightySixSwitchTakesAnItemOffTheMenuAndBack(FxRobot robot) throws Exception {
        openItem(robot, "Sides", "Onion Rings");
        robot.clickOn(switchOf(robot, "Onion Rings"));
        await(() -> model.noticeProperty().get().equals("Onion Rings is 86'd"));
        assertThat(item("Onion Rings").available()).isFalse();
        robot.clickOn(switchOf(robot, "Onion Rings"));
        await(() -> item("Onion Rings").available());
    }

    @Test
    void aRefusedSaveNamesTheField(FxRobot robot) throws Exception {
        openItem(robot, "Sides", "Side Salad");
        type(robot, "#item-name", "onion rings");
        robot.clickOn("Save");
        await(() -> robot.lookup(".menu-errors").queryAs(Label.class).isVisible());
        assertThat(robot.lookup(".menu-errors").queryAs(Label.class).getText())
                .isEqualTo("Name: There is already an item called onion rings (in Sides)");
        type(robot, "#item-price", "4.555");
        await(() -> robot.lookup("Save").queryButton().isDisabled());
        assertThat(item("Side Salad").price()).isEqualByComparingTo("4.50");
    }

    @Test
    void aCsvFileWithBadRowsIsRefusedWholeAndAGoodOneIsImported(FxRobot robot) throws Exception {
        Path bad = app.data().resolve("bad.csv");
        Files.writeString(bad, """
                category,name,price
                Mains,Classic Burger,16.00
                Mains,Club Sandwich,-1
                Drinks,Root Beer,3.999
                """);
        long seq = app.app().journal().lastSeq();
        robot.interact(() -> view.importFrom(bad));
        await(() -> !robot.lookup(".menu-import-bad").queryAll().isEmpty());
        TableView<?> badRows = robot.lookup(".menu-import-bad").queryAs(TableView.class);
        assertThat(badRows.getItems()).hasSize(2);
        assertThat(badRows.getItems().toString()).contains("line=3", "line=4");
        DialogPane pane = robot.lookup(".menu-import").queryAs(DialogPane.class);
        assertThat(((Button) pane.lookupButton(ImportDialog.IMPORT)).isDisabled()).isTrue();
        robot.interact(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        assertThat(app.app().journal().lastSeq()).as("nothing was written").isEqualTo(seq);
        assertThat(item("Classic Burger").price()).isEqualByComparingTo("14.50");

        Path good = app.data().resolve("good.csv");
        Files.writeString(good, "category,name,price\nMains,Classic Burger,16.00\nMains,Club Sandwich,12.00\n");
        robot.interact(() -> view.importFrom(good));
        await(() -> !robot.lookup(".menu-import-rows").queryAll().isEmpty());
        assertThat(robot.lookup(".menu-import-counts").queryAs(Label.class).getText()).startsWith("1 new · 1 changed");
        DialogPane confirm = robot.lookup(".menu-import").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) confirm.lookupButton(ImportDialog.IMPORT)).fire());
        await(() -> app.app().menu().byName("Club Sandwich").isPresent());
        assertThat(item("Classic Burger").price()).isEqualByComparingTo("16.00");
        assertThat(app.app().journal().lastSeq()).as("one import, one event").isEqualTo(seq + 1);
    }
}
