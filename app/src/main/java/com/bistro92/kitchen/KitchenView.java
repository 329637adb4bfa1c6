package com.bistro92.kitchen;

import com.bistro92.money.Money;
import com.bistro92.order.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The kitchen queue, built to be read from two metres away: ticket cards oldest first that
 * reflow to fill the screen, an all-day panel, and a banner whenever the view is not live.
 * Keys: 1–9 bump the numbered ticket, R recalls, Ctrl+Z undoes the last bump.
 */
public final class KitchenView extends BorderPane {

    private final KitchenModel model;
    private Ageing ageing;
    private final BooleanSupplier soundOn;
    private final Chime chime = new Chime();
    private final Map<Long, TicketCard> cards = new HashMap<>();
    private final Label latency = new Label();
    private final FlowPane flow = new FlowPane();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final Label banner = new Label();
    private final Label notice = new Label();
    private final Label offScreen = new Label();
    private final Label count = new Label();
    private final Label empty = new Label("No open tickets. New orders appear here the moment they are placed.");
    private final List<Long> justShown = new ArrayList<>();
    private final Runnable afterLayout = this::markShown;
    private int ticks;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final Node eightySix;
    private AllDayPanel allDay;

    /**
     * @param soundOn asked on each new ticket, so the Settings switch takes effect at once
     */
    public KitchenView(KitchenModel model, Ageing ageing, BooleanSupplier soundOn) {
        this(model, ageing, soundOn, null, null);
    }

    /**
     * With the 86 panel (F8, or the 86 button), which shows {@code money}'s prices; without it when
     * {@code eightySix} is null.
     */
    public KitchenView(KitchenModel model, Ageing ageing, BooleanSupplier soundOn, EightySixModel eightySix,
                       Money money) {
        this.model = model;
        this.ageing = ageing;
        this.soundOn = soundOn;
        this.eightySix = eightySix == null ? null : new EightySixPanel(eightySix, money);
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("kitchen");
        getStylesheets().add(KitchenView.class.getResource("kitchen.css").toExternalForm());

        Label title = new Label("Kitchen");
        title.getStyleClass().add("kitchen-title");
        count.getStyleClass().add("kitchen-count");
        Button recall = new Button("Recall  [R]");
        recall.setOnAction(e -> model.recall());
        recall.setFocusTraversable(false);
        Button undo = new Button("Undo  [Ctrl+Z]");
        undo.setOnAction(e -> model.undo());
        undo.setFocusTraversable(false);
        notice.getStyleClass().add("kitchen-notice");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(16, title, count, notice, gap, recall, undo);
        if (eightySix != null) {
            Button toggle = new Button("86  [F8]");
            toggle.getStyleClass().add("kitchen-86-button");
            toggle.setOnAction(e -> toggleEightySix());
            toggle.setFocusTraversable(false);
            bar.getChildren().add(toggle);
        }
        // small, in the corner: how long the newest tickets took from the order to the screen
        latency.getStyleClass().add("kitchen-latency");
        latency.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(latency);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kitchen-bar");

        banner.getStyleClass().add("kitchen-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        setTop(new javafx.scene.layout.VBox(bar, banner));

        flow.getStyleClass().add("ticket-flow");
        flow.setHgap(14);
        flow.setVgap(14);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("ticket-scroll");
        scroll.setFocusTraversable(false);
        empty.getStyleClass().add("kitchen-empty");
        empty.setWrapText(true);
        // as wide as the queue, not as its text: a narrow window wraps it instead of scrolling sideways
        empty.prefWidthProperty().bind(scroll.widthProperty().subtract(30));
        setCenter(scroll);

        allDay = new AllDayPanel(model.allDay());
        setRight(allDay);
        offScreen.getStyleClass().add("kitchen-offscreen");
        offScreen.setMaxWidth(Double.MAX_VALUE);
        offScreen.managedProperty().bind(offScreen.visibleProperty());
        setBottom(offScreen);
        setFocusTraversable(true);
    }

    private void init() {
        banner.textProperty().bind(model.notLiveProperty());
        banner.visibleProperty().bind(model.notLiveProperty().isNotEmpty());
        notice.textProperty().bind(model.noticeProperty());
        model.tickets().addListener((ListChangeListener<Order>) change -> render());
        model.nowProperty().addListener((obs, old, now) -> cards.values().forEach(c -> c.age(now)));
        model.arrivalsProperty().addListener((obs, old, now) -> {
            if (soundOn.getAsBoolean()) {
                chime.play();
            }
        });
        flow.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(24));
        scroll.vvalueProperty().addListener((obs, o, n) -> countOffScreen());
        scroll.viewportBoundsProperty().addListener((obs, o, n) -> countOffScreen());
        flow.layoutBoundsProperty().addListener((obs, o, n) -> countOffScreen());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .subscribe(showing -> model.latency().onScreen(showing));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        render();
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            model.undo();
        } else if (e.getCode() == KeyCode.F8 && eightySix != null) {
            toggleEightySix();
        } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
            model.recall();
        } else if (e.getCode().isDigitKey() && !e.isShortcutDown() && digit(e.getCode()) > 0) {
            model.bumpAt(digit(e.getCode()));
        } else {
            return;
        }
        e.consume();
    }

    /** Shows the 86 panel in place of the all-day panel, or puts the all-day panel back. */
    private void toggleEightySix() {
        setRight(getRight() == eightySix ? allDay : eightySix);
    }

    /** 1–9 for the digit keys of the main keyboard and the keypad ("1", "Numpad 1"), else 0. */
    private static int digit(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : 0;
    }

    private void tick() {
        model.tick();
        if (++ticks % 30 == 0) {
            model.latency().report();
        }
    }

    private void render() {
        List<Node> shown = new ArrayList<>(model.tickets().size());
        Map<Long, TicketCard> keep = new HashMap<>();
        int position = 1;
        for (Order order : model.tickets()) {
            if (!cards.containsKey(order.id())) {
                justShown.add(order.id());
            }
            TicketCard card = cards.computeIfAbsent(order.id(), id -> newCard());
            card.show(order, position++);
            card.age(model.nowProperty().get());
            keep.put(order.id(), card);
            shown.add(card);
        }
        cards.keySet().retainAll(keep.keySet());
        place(shown.isEmpty() ? List.of(empty) : shown);
        count.setText(shown.size() == 1 ? "1 open ticket" : shown.size() + " open tickets");
        countOffScreen();
        if (!justShown.isEmpty() && getScene() != null) {
            getScene().removePostLayoutPulseListener(afterLayout);
            getScene().addPostLayoutPulseListener(afterLayout);
        }
    }

    /** Runs once after the layout that put new cards on screen. */
    private void markShown() {
        getScene().removePostLayoutPulseListener(afterLayout);
        long slowest = -1;
        for (long id : justShown) {
            slowest = Math.max(slowest, model.latency().shown(id, model.tickets().size()));
        }
        if (slowest >= 0) {
            latency.setText("on screen in " + TimeUnit.NANOSECONDS.toMillis(slowest) + " ms");
        }
        model.shown(List.copyOf(justShown));
        justShown.clear();
    }

    /**
     * Makes the flow's children equal {@code wanted} by removing and inserting only what changed:
     * re-adding every card would make JavaFX restyle all of them on each new ticket.
     */
    private void place(List<Node> wanted) {
        List<Node> children = flow.getChildren();
        java.util.Set<Node> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        for (int i = 0; i < wanted.size(); i++) {
            Node node = wanted.get(i);
            if (i < children.size() && children.get(i) == node) {
                continue;
            }
            children.remove(node);
            children.add(i, node);
        }
    }

    private TicketCard newCard() {
        TicketCard card = new TicketCard(ageing, model::lineTapped);
        card.setOnMouseClicked(e -> model.bump(card.order()));
        return card;
    }

    /** Says how many tickets do not fit on screen, so none is ever hidden silently. */
    private void countOffScreen() {
        Bounds viewport = scroll.getViewportBounds();
        double content = flow.getLayoutBounds().getHeight();
        double top = Math.max(0, content - viewport.getHeight()) * scroll.getVvalue();
        double bottom = top + viewport.getHeight();
        int below = 0;
        int above = 0;
        for (Node node : flow.getChildren()) {
            if (!(node instanceof TicketCard)) {
                continue;
            }
            Bounds b = node.getBoundsInParent();
            if (b.getMaxY() > bottom + 1) {
                below++;
            } else if (b.getMinY() < top - 1) {
                above++;
            }
        }
        offScreen.setVisible(below + above > 0);
        offScreen.setText((below > 0 ? "▼ " + below + " more below" : "")
                + (below > 0 && above > 0 ? "   ·   " : "")
                + (above > 0 ? "▲ " + above + " above" : "") + "  — scroll to see them");
    }

    /** Number of tickets not (fully) on screen, as the label says. */
    String offScreenText() {
        return offScreen.isVisible() ? offScreen.getText() : "";
    }

    /** Colours every ticket by new thresholds at once: the Settings screen changed them. */
    public void ageing(Ageing newAgeing) {
        this.ageing = newAgeing;
        cards.values().forEach(card -> {
            card.ageing(newAgeing);
            card.age(model.nowProperty().get());
        });
    }

    /** Stops the timer and the chime; the model is closed by its owner. */
    public void dispose() {
        ticker.stop();
        model.latency().report();
        chime.close();
    }
}
