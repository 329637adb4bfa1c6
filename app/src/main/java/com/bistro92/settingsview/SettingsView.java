package com.bistro92.settingsview;

import com.bistro92.problem.Failure;
import com.bistro92.backup.BackupContents;
import com.bistro92.backup.RestorePreview;
import com.bistro92.settings.Settings;
import com.bistro92.uikit.ScreenHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The Settings screen: a property sheet of every setting in groups, Save and Revert with the
 * checks shown as the values are typed, and a card for backups: back up now with progress, and
 * restore from a file after a confirmation that says what will be lost. Ctrl+S saves.
 */
public final class SettingsView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    private final SettingsModel model;
    private final ZoneId zone;
    private final PropertySheet sheet = new PropertySheet();
    private final VBox errors = new VBox(4);
    private final Label message = new Label();
    private final Label restart = new Label("Restart needed for some changes");
    private final Button save = new Button("Save");
    private final Button revert = new Button("Revert");
    private final Button backupNow = new Button("Back up now");
    private final Button restore = new Button("Restore from a file…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label step = new Label();
    private final Label folder = new Label();
    private final Label schedule = new Label();
    private final VBox cards = new VBox(18);

    public SettingsView(SettingsModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("settings");
        getStylesheets().add(SettingsView.class.getResource("settings.css").toExternalForm());

        Label hint = new Label("Saved settings reach every screen at once. ⟳ marks those that need a restart.");
        hint.getStyleClass().add("settings-hint");
        restart.getStyleClass().add("settings-restart");
        restart.managedProperty().bind(restart.visibleProperty());
        setTop(new ScreenHeader("Settings", "settings-header").under(hint).end(restart));

        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.getStyleClass().add("settings-sheet");
        sheet.setPropertyEditorFactory(this::editor);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        errors.getStyleClass().add("settings-errors");
        errors.managedProperty().bind(errors.visibleProperty());
        message.getStyleClass().add("settings-message");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox actions = new HBox(10, message, push, revert, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(10, sheet, errors, actions);
        left.getStyleClass().add("settings-main");
        HBox.setHgrow(left, Priority.ALWAYS);

        cards.getChildren().setAll(backupCard());
        // the cards keep their width: a long line of text wraps in them rather than squeezing the settings
        cards.setPrefWidth(340);
        cards.setMinWidth(300);
        cards.setMaxWidth(340);
        // the cards scroll on a small screen; the settings beside them keep their height
        ScrollPane side = new ScrollPane(cards);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("settings-cards");
        side.setMinWidth(316);
        side.setPrefWidth(356);
        HBox body = new HBox(18, left, side);
        body.getStyleClass().add("settings-body");
        setCenter(body);
    }

    /** Adds a card under the backups' (the printers'). */
    public void addCard(Node card) {
        cards.getChildren().add(card);
    }

    private Node backupCard() {
        Label title = new Label("Backup and restore");
        title.getStyleClass().add("settings-card-title");
        folder.getStyleClass().add("settings-card-text");
        folder.setWrapText(true);
        schedule.getStyleClass().add("settings-card-text");
        backupNow.getStyleClass().add("accent");
        backupNow.setMaxWidth(Double.MAX_VALUE);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.managedProperty().bind(progress.visibleProperty());
        step.getStyleClass().add("settings-card-text");
        step.setWrapText(true);
        Label restoreText = new Label("A restore replaces every order, table and setting with the backup's. "
                + "The current data is moved to a “replaced-…” folder first, so a restore can be undone.");
        restoreText.getStyleClass().add("settings-card-text");
        restoreText.setWrapText(true);
        restore.getStyleClass().add("danger");
        restore.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(10, title, folder, schedule, backupNow, progress, step, new Separator(), restoreText,
                restore);
        card.getStyleClass().add("settings-card");
        card.setPrefWidth(340);
        card.setMinWidth(300);
        return card;
    }

    private void init() {
        model.fields().forEach(f -> sheet.getItems().add(new SettingItem(f, model)));
        model.errors().addListener((ListChangeListener<String>) c -> showErrors());
        showErrors();
        message.textProperty().bind(model.messageProperty());
        restart.visibleProperty().bind(model.restartNeededProperty());
        save.disableProperty().bind(model.dirtyProperty().not().or(Bindings.isNotEmpty(model.errors())));
        revert.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        revert.setOnAction(e -> {
            model.revert();
            refreshSheet();
        });
        backupNow.disableProperty().bind(model.busyProperty());
        restore.disableProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty().or(model.progressProperty().isNotEqualTo(0, 0.001)));
        sheet.skinProperty().addListener((obs, old, skin) -> javafx.application.Platform.runLater(this::openKitchen));
        step.textProperty().bind(model.stepProperty());
        model.savedProperty().addListener((obs, old, s) -> describeBackups(s));
        describeBackups(model.savedProperty().get());
        backupNow.setOnAction(e -> model.backupNow());
        model.lastDoneProperty().addListener((obs, old, done) -> {
            if (done != null && getScene() != null) {
                Notifications.create().owner(this).title("Backup done")
                        .text(done.file() + "\n" + done.orders() + " orders, " + Math.max(1, done.bytes() / 1024) + " KB")
                        .hideAfter(Duration.seconds(8)).showInformation();
            }
        });
        restore.setOnAction(e -> chooseBackup().ifPresent(this::restoreFrom));
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e) && !save.isDisabled()) {
                model.save();
                e.consume();
            }
        });
        model.savedProperty().addListener((obs, old, s) -> refreshSheet());
    }

    /** The accordion lists groups alphabetically; the kitchen's are the ones changed most, so open them. */
    private void openKitchen() {
        expand(SettingField.WARN.category);
    }

    private void expand(String group) {
        if (sheet.lookup(".accordion") instanceof javafx.scene.control.Accordion groups) {
            // without animation: a second expansion during the first one leaves both half open
            groups.getPanes().forEach(p -> {
                p.setAnimated(false);
                p.setExpanded(group.equals(p.getText()));
            });
        }
    }

    private String expanded() {
        if (sheet.lookup(".accordion") instanceof javafx.scene.control.Accordion groups
                && groups.getExpandedPane() != null) {
            return groups.getExpandedPane().getText();
        }
        return SettingField.WARN.category;
    }

    private void refreshSheet() {
        String open = expanded();
        List<PropertySheet.Item> items = List.copyOf(sheet.getItems());
        sheet.getItems().setAll(items);
        javafx.application.Platform.runLater(() -> expand(open));
    }

    private PropertyEditor<?> editor(PropertySheet.Item item) {
        if (item instanceof SettingItem s && s.field() == SettingField.CURRENCY) {
            return Editors.createChoiceEditor(item, FXCollections.observableArrayList(Currency.getAvailableCurrencies()
                    .stream().map(Currency::getCurrencyCode).sorted().toList()));
        }
        if (item.getType() == Integer.class) {
            // a plain text editor checks as the user types; the numeric one only commits on leaving the field
            return Editors.createTextEditor(item);
        }
        return new DefaultPropertyEditorFactory().call(item);
    }

    private void showErrors() {
        errors.getChildren().setAll(model.errors().stream().map(text -> {
            Label l = new Label("• " + text);
            l.getStyleClass().add("settings-error");
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        errors.setVisible(!model.errors().isEmpty());
    }

    private void describeBackups(Settings s) {
        folder.setText("Backups go to " + model.backupFolder());
        schedule.setText(s.backupDaily()
                ? "Every day at " + s.backupAt() + ", keeping the last " + s.backupKeep()
                : "No daily backup; keeping the last " + s.backupKeep());
    }

    private Optional<Path> chooseBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore a backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Bistro92 backups", "*.zip"));
        Path dir = model.backupFolder();
        if (Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(getScene().getWindow())).map(java.io.File::toPath);
    }

    /** Checks {@code file}, asks for confirmation with what will be lost, and restores it. */
    void restoreFrom(Path file) {
        model.preview(file).whenComplete((preview, failure) -> javafx.application.Platform.runLater(() -> {
            if (failure != null) {
                Alert refused = new Alert(Alert.AlertType.ERROR);
                refused.initOwner(getScene().getWindow());
                refused.setTitle("Restore");
                refused.setHeaderText("This file cannot be restored");
                refused.setContentText(Failure.cause(failure).getMessage() + "\n\nThe current data is unchanged.");
                refused.show();
                return;
            }
            confirm(preview);
        }));
    }

    private void confirm(RestorePreview preview) {
        BackupContents b = preview.backup();
        ButtonType go = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, "", go, ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Restore");
        ask.setHeaderText("Restore the backup of " + when(b.takenAt()) + "?");
        ask.setContentText("The backup holds " + b.orders() + " orders; its last was placed " + when(b.lastOrderAt())
                + ".\nThe current data's last order was placed " + when(preview.currentLastOrderAt()) + ".\n\n"
                + "Orders placed after the backup: " + preview.ordersLost() + " will be lost.\n\n"
                + "Pads are asked to wait while the data is swapped. The current data is moved to a "
                + "“replaced-…” folder in the data folder first, so this can be undone.");
        ask.getDialogPane().setMinWidth(520);
        ask.showAndWait().filter(go::equals).ifPresent(ok -> model.restore(b.file()));
    }

    private String when(Instant at) {
        return at == null ? "never" : WHEN.format(at.atZone(zone));
    }
}
