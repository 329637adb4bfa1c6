package com.bistro92.staffview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.staff.Role;
import com.bistro92.staff.SignIn;
import com.bistro92.staff.StaffMember;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Staff screen itself, as a manager uses it: add a member and see the one-time PIN once, rename
 * them, change their role, give them a new one-time PIN, deactivate them; and the last manager is kept.
 */
@ViewTest
class StaffViewTest {

    private static final Pattern PIN = Pattern.compile("one-time PIN: (\\d{6})");

    ViewFixture fx;
    TestApp app;
    int manager;
    StaffModel model;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        manager = app.app().staff().members().getFirst().id();
        model = fx.closeAfter(new StaffModel(app.app().staff(), app.app().events(), Platform::runLater, fx.background(),
                () -> manager));
        model.start();
        fx.show(stage, new StaffView(model), 1280, 800);
    }

    @Test
    void aManagerAddsRenamesChangesTheRoleResetsThePinAndDeactivatesAMember(FxRobot robot) throws Exception {
        TableView<StaffMember> table = table(robot);
        await(() -> table.getItems().size() == app.app().staff().members().size() && !table.getItems().isEmpty());

        robot.clickOn("#staff-name").write("Sam");
        choose(robot, Role.SERVER);
        robot.clickOn("#staff-add");
        String first = shownPin(robot, "Sam");
        StaffMember sam = member("Sam").orElseThrow();
        assertThat(sam.role()).isEqualTo(Role.SERVER);
        assertThat(sam.mustChangePin()).isTrue();
        await(() -> row(table, "Sam").isPresent());
        assertThat(cell(robot, "Must choose a PIN")).isTrue();
        assertThat(app.app().staff().signIn(sam.id(), first).join()).isInstanceOf(SignIn.Accepted.class);
        dismiss(robot);
        assertThat(shownAnywhere(robot, first)).as("a one-time PIN is shown once").isFalse();

        select(robot, table, "Sam");
        TextField name = robot.lookup("#staff-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Samuel"));
        choose(robot, Role.KITCHEN);
        robot.clickOn("#staff-save");
        await(() -> member("Samuel").map(m -> m.role() == Role.KITCHEN).orElse(false));
        assertThat(member("Sam")).isEmpty();
        await(() -> row(table, "Samuel").isPresent());
        assertThat(notice(robot)).isEqualTo("Samuel saved");

        select(robot, table, "Samuel");
        robot.clickOn("#staff-reset-pin");
        String second = shownPin(robot, "Samuel");
        assertThat(second).isNotEqualTo(first);
        dismiss(robot);
        assertThat(app.app().staff().signIn(sam.id(), first).join()).isInstanceOf(SignIn.WrongPin.class);
        assertThat(app.app().staff().signIn(sam.id(), second).join()).isInstanceOf(SignIn.Accepted.class);

        select(robot, table, "Samuel");
        CheckBox active = robot.lookup(".check-box").queryAs(CheckBox.class);
        robot.interact(() -> active.setSelected(false));
        robot.clickOn("#staff-save");
        await(() -> member("Samuel").map(m -> !m.active()).orElse(false));
        await(() -> cell(robot, "Inactive"));
    }

    @Test
    void theLastActiveManagerIsKeptAndTheScreenSaysWhy(FxRobot robot) throws Exception {
        TableView<StaffMember> table = table(robot);
        await(() -> !table.getItems().isEmpty());
        String name = app.app().staff().members().getFirst().name();
        long before = app.app().journal().lastSeq();

        select(robot, table, name);
        choose(robot, Role.SERVER);
        robot.clickOn("#staff-save");
        await(() -> notice(robot).contains("last active manager"));
        assertThat(app.app().staff().members().getFirst().role()).isEqualTo(Role.MANAGER);

        select(robot, table, name);
        CheckBox active = robot.lookup(".check-box").queryAs(CheckBox.class);
        robot.interact(() -> active.setSelected(false));
        robot.clickOn("#staff-save");
        await(() -> notice(robot).contains("last active manager"));
        assertThat(app.app().staff().members().getFirst().active()).isTrue();
        assertThat(app.app().journal().lastSeq()).as("nothing written").isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static TableView<StaffMember> table(FxRobot robot) {
        return robot.lookup(".staff-table").queryAs(TableView.class);
    }

    private Optional<StaffMember> member(String name) {
        return app.app().staff().members().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static Optional<StaffMember> row(TableView<StaffMember> table, String name) {
        return List.copyOf(table.getItems()).stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static void select(FxRobot robot, TableView<StaffMember> table, String name) throws Exception {
        await(() -> row(table, name).isPresent());
        robot.interact(() -> table.getSelectionModel().select(row(table, name).orElseThrow()));
        await(() -> name.equals(robot.lookup("#staff-name").queryAs(TextField.class).getText()));
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, Role role) {
        ComboBox<Role> roles = robot.lookup("#staff-role").queryAs(ComboBox.class);
        robot.interact(() -> roles.setValue(role));
    }

    /** Waits for the one-time PIN's dialog about {@code name}, and reads the PIN it shows. */
    private static String shownPin(FxRobot robot, String name) throws Exception {
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).startsWith(name + "'s one-time PIN");
        assertThat(dialog.getContentText()).contains("shown only this once");
        Matcher pin = PIN.matcher(dialog.getHeaderText());
        assertThat(pin.find()).isTrue();
        return pin.group(1);
    }

    private static void dismiss(FxRobot robot) throws Exception {
        robot.clickOn("OK");
        await(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static boolean shownAnywhere(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                || n instanceof TextField f && f.getText() != null && f.getText().contains(text)).tryQuery().isPresent();
    }

    private static boolean cell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAllAs(Labeled.class).stream().anyMatch(c -> text.equals(c.getText()));
    }

    private static String notice(FxRobot robot) {
        return robot.lookup(".staff-notice").queryLabeled().getText();
    }
}
