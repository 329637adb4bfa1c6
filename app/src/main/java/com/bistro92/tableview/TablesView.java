package com.bistro92.tableview;

import com.bistro92.table.Pairing;
import com.bistro92.table.TableOverview.TableRow;
import com.bistro92.uikit.ScreenHeader;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Tables & Pads: the floor by section, with each table's party, pads and calls (flashing until
 * acknowledged); seat and close tables, pair and revoke pads. The pairing code opens over the
 * floor, large, with its QR code; a table's orders open over it too, to void or comp.
 */
public final class TablesView extends StackPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TablesModel model;
    private final Clock clock;
    private final PadAddress padAddress;
    private final VBox sections = new VBox(18);
    private final Label notice = new Label();
    private final Label paused = new Label();
    private final BorderPane page = new BorderPane();
    private final ScreenHeader bar = new ScreenHeader("Tables & Pads", "tables-bar");
    private final Timeline flasher = new Timeline(new KeyFrame(Duration.millis(600), e -> flash()));
    private final Timeline minutes;
    private boolean flashOn;

    public TablesView(TablesModel model, Clock clock, PadAddress padAddress) {
        this.model = model;
        this.clock = clock;
        this.padAddress = padAddress;
        // redraws the "seated for" and "seen … ago" times; the floor itself changes only through events
        this.minutes = new Timeline(new KeyFrame(Duration.seconds(30), e -> render()));
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("tables");
        getStylesheets().add(TablesView.class.getResource("tables.css").toExternalForm());
        notice.getStyleClass().add("tables-notice");
        paused.getStyleClass().add("tables-paused");
        paused.setManaged(false);
        paused.setVisible(false);
        bar.beside(paused, notice);
        page.setTop(bar);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tables-scroll");
        sections.getStyleClass().add("tables-sections");
        page.setCenter(scroll);
        getChildren().setAll(page);
    }

    private void init() {
        notice.textProperty().bind(model.noticeProperty());
        model.pairingPausedUntilProperty().addListener((obs, was, now) -> showPause());
        model.tables().addListener((ListChangeListener<TableRow>) change -> render());
        flasher.setCycleCount(Animation.INDEFINITE);
        flasher.play();
        minutes.setCycleCount(Animation.INDEFINITE);
        minutes.play();
        render();
    }

    /** Shows each printer's state under the title. */
    public void showPrinters(javafx.scene.Node strip) {
        bar.under(strip);
    }

    /** Says so while pairing is paused after too many wrong codes; the minute timer hides it again. */
    private void showPause() {
        Instant until = model.pairingPausedUntilProperty().get();
        boolean on = until != null && clock.instant().isBefore(until);
        paused.setText(on ? "Pairing paused until " + TIME.format(until.atZone(clock.getZone()))
                + ": too many wrong codes were tried" : "");
        paused.setVisible(on);
        paused.setManaged(on);
        if (on) {
            PauseTransition end = new PauseTransition(Duration.millis(
                    java.time.Duration.between(clock.instant(), until).toMillis() + 500));
            end.setOnFinished(e -> showPause());
            end.play();
        }
    }

    private void render() {
        Map<String, FlowPane> bySection = new LinkedHashMap<>();
        TableTile.Actions actions = new TileActions(model, this::showPairing, this::showParty);
        for (TableRow row : model.tables()) {
            bySection.computeIfAbsent(row.section(), s -> tileFlow())
                    .getChildren().add(new TableTile(row, clock.instant(), actions));
        }
        sections.getChildren().setAll(bySection.entrySet().stream().map(e -> section(e.getKey(), e.getValue()))
                .toList());
    }

    private static FlowPane tileFlow() {
        FlowPane flow = new FlowPane(12, 12);
        flow.getStyleClass().add("tables-flow");
        return flow;
    }

    private static Node section(String name, FlowPane tiles) {
        Label title = new Label(name);
        title.getStyleClass().add("tables-section");
        return new VBox(8, title, tiles);
    }

    private void flash() {
        flashOn = !flashOn;
        forEachTile(tile -> {
            tile.pseudoClassStateChanged(TableTile.FLASH, flashOn && tile.hasCalls());
            return null;
        });
    }

    private void forEachTile(Function<TableTile, Void> action) {
        for (Node section : sections.getChildren()) {
            for (Node child : ((VBox) section).getChildren()) {
                if (child instanceof FlowPane flow) {
                    flow.getChildren().forEach(n -> action.apply((TableTile) n));
                }
            }
        }
    }

    private void showPairing(Pairing.Code code) {
        StackPane veil = new StackPane();
        veil.getStyleClass().add("pair-veil");
        PairDialog dialog = new PairDialog(code, padAddress, () -> getChildren().remove(veil));
        dialog.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        veil.getChildren().add(dialog);
        getChildren().add(veil);
    }

    /**
     * Adds Displays to the bar (the displays paired with this PC, with a code to pair another), and
     * Set up a tablet (the page where a new tablet installs the restaurant's root).
     *
     * @param mainPc this PC's plain address as a display is started with it
     */
    public void displays(DisplaysModel displays, String mainPc) {
        Button open = new Button("Displays");
        open.setId("displays");
        open.setOnAction(e -> {
            StackPane veil = new StackPane();
            veil.getStyleClass().add("pair-veil");
            veil.getChildren().add(new DisplaysPanel(displays, mainPc, () -> getChildren().remove(veil)));
            getChildren().add(veil);
        });
        Button trust = new Button("Set up a tablet");
        trust.setId("set-up-tablet");
        trust.setOnAction(e -> {
            StackPane veil = new StackPane();
            veil.getStyleClass().add("pair-veil");
            TrustPanel panel = new TrustPanel(mainPc, padAddress.fingerprint(), () -> getChildren().remove(veil));
            panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
            veil.getChildren().add(panel);
            getChildren().add(veil);
        });
        bar.end(trust, open);
    }

    private void showParty(PartyModel party) {
        StackPane veil = new StackPane();
        veil.getStyleClass().add("pair-veil");
        PartyPanel panel = new PartyPanel(party, clock.getZone(), () -> {
            getChildren().remove(veil);
            party.close();
        });
        veil.getChildren().add(panel);
        getChildren().add(veil);
    }

    /** Stops the timers. */
    public void dispose() {
        flasher.stop();
        minutes.stop();
    }

    List<Node> tileNodes() {
        return sections.getChildren();
    }
}
