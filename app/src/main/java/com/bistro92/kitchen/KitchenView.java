package com.bistro92.kitchen;

import com.bistro92.money.Money;
import com.bistro92.order.Order;
import com.bistro92.uikit.ScreenHeader;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The kitchen queue, built to be read from two metres away: ticket cards oldest first, as many as
 * fit on the screen, an all-day panel, and a banner whenever the view is not live. The tickets
 * that do not fit are counted ("▼ 37 more below") and shown a page at a time.
 * Keys: 1–9 bump the numbered ticket, PgDn/PgUp (or the wheel, or a tap on the count) turn the
 * page, Home goes back to the first, R recalls, Ctrl+Z undoes the last bump; the arrow keys move a
 * line cursor, and Space or Enter marks its line done ({@link LineCursor}). A station picker in the
 * bar makes it one station's display, or expo's ({@link Stations}).
 *
 * <p>A ticket is on screen once a laid-out frame shows its card, or, for one that lands beyond
 * this page, counts it in "more below": that is when its receipt is sent and its time is taken.
 */
public final class KitchenView extends BorderPane {

    private final KitchenModel model;
    private Ageing ageing;
    private final BooleanSupplier soundOn;
    private final Chime chime = new Chime();
    private final Label latency = new Label();
    private final TicketGrid grid = new TicketGrid(this::newCard);
    private final Label banner = new Label();
    private final Label notice = new Label();
    private final Label offScreen = new Label();
    private final Label count = new Label();
    private final Label empty = new Label("No open tickets. New orders appear here the moment they are placed.");
    private final Set<Long> justShown = new LinkedHashSet<>();
    private final Runnable afterLayout = this::markShown;
    private final Runnable beforeLayout = this::renderNow;
    private boolean renderPending;
    /** The index of the first ticket on this page, and where the pages before it began. */
    private int first;
    private final Deque<Integer> pagesBefore = new ArrayDeque<>();
    private int onPage;
    private double scrolled;
    private int ticks;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final Node eightySix;
    private AllDayPanel allDay;
    private final LineCursor cursor = new LineCursor(grid::cards);
    private Label title;
    private final javafx.scene.layout.VBox top = new javafx.scene.layout.VBox();
    private Supplier<Collection<String>> menuStations = List::of;
    private StationMemory memory = StationMemory.none();

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
        if (eightySix != null) {
            menuStations = eightySix::stations;
        }
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("kitchen");
        getStylesheets().add(KitchenView.class.getResource("kitchen.css").toExternalForm());

        StationPicker picker = new StationPicker(model, () -> menuStations.get(), chosen -> memory.save(chosen));
        count.getStyleClass().add("kitchen-count");
        Button recall = new Button("Recall  [R]");
        recall.setOnAction(e -> model.recall());
        recall.setFocusTraversable(false);
        Button undo = new Button("Undo  [Ctrl+Z]");
        undo.setOnAction(e -> model.undo());
        undo.setFocusTraversable(false);
        notice.getStyleClass().add("kitchen-notice");
        ScreenHeader bar = new ScreenHeader("Kitchen", "kitchen-bar").large().beside(count, notice)
                .end(picker, recall, undo);
        title = bar.title();
        if (eightySix != null) {
            Button toggle = new Button("86  [F8]");
            toggle.getStyleClass().add("kitchen-86-button");
            toggle.setOnAction(e -> toggleEightySix());
            toggle.setFocusTraversable(false);
            bar.end(toggle);
        }
        // small, in the corner: how long the newest tickets took from the order to the screen
        latency.getStyleClass().add("kitchen-latency");
        latency.setMinWidth(Region.USE_PREF_SIZE);
        bar.end(latency);

        banner.getStyleClass().add("kitchen-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        top.getChildren().setAll(bar, banner);
        setTop(top);

        empty.getStyleClass().add("kitchen-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.managedProperty().bind(empty.visibleProperty());
        StackPane queue = new StackPane(grid, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        queue.setMinSize(0, 0);
        setCenter(queue);

        allDay = new AllDayPanel(model.allDay());
        setRight(allDay);
        offScreen.getStyleClass().add("kitchen-offscreen");
        offScreen.setMaxWidth(Double.MAX_VALUE);
        offScreen.managedProperty().bind(offScreen.visibleProperty());
        offScreen.setOnMouseClicked(e -> turnPage(first + onPage < model.tickets().size() ? 1 : -1));
        setBottom(offScreen);
        setFocusTraversable(true);
    }

    /** Shows each printer's state under the bar. */
    public void showPrinters(Node strip) {
        top.getChildren().add(1, strip);
    }

    private void init() {
        banner.textProperty().bind(model.notLiveProperty());
        banner.visibleProperty().bind(model.notLiveProperty().isNotEmpty());
        notice.textProperty().bind(model.noticeProperty());
        model.stationsProperty().subscribe(chosen -> {
            grid.eachCard(card -> card.stations(chosen));
            title.setText(chosen.all() ? "Kitchen" : chosen.label());
        });
        model.tickets().addListener((ListChangeListener<Order>) this::ticketsChanged);
        model.nowProperty().addListener((obs, old, now) -> grid.cards().forEach(c -> c.age(now)));
        model.arrivalsProperty().addListener((obs, old, now) -> {
            if (soundOn.getAsBoolean()) {
                chime.play();
            }
        });
        // a new size changes how many fit
        grid.layoutBoundsProperty().addListener((obs, o, n) -> {
            if (o.getWidth() != n.getWidth() || o.getHeight() != n.getHeight()) {
                render();
            }
        });
        sceneProperty().addListener((obs, o, n) -> {
            if (o != null) {
                o.removePreLayoutPulseListener(beforeLayout);
                o.removePostLayoutPulseListener(afterLayout);
            }
            renderPending = false;
            grid.remeasure();
            render();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
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
            List<TicketCard> cards = grid.cards();
            int n = digit(e.getCode());
            if (n <= cards.size()) {
                model.bump(cards.get(n - 1).order());
            }
        } else if (e.getCode() == KeyCode.PAGE_DOWN) {
            turnPage(1);
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            turnPage(-1);
        } else if (e.getCode() == KeyCode.HOME) {
            turnPage(0);
        } else if (cursor.move(e.getCode())) {
            // the cursor moved within this page
        } else if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) && cursor.card() != null) {
            model.lineTapped(cursor.card().order(), cursor.lineNo());
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

    /** A wheel or a swipe turns the page, one page per notch's worth of scrolling. */
    private void onScroll(ScrollEvent e) {
        scrolled += e.getDeltaY();
        if (Math.abs(scrolled) >= 40) {
            turnPage(scrolled < 0 ? 1 : -1);
            scrolled = 0;
        }
        e.consume();
    }

    /** The next page (1), the one before (-1), or the first (0). */
    private void turnPage(int direction) {
        int size = model.tickets().size();
        if (direction > 0 && first + onPage < size) {
            pagesBefore.push(first);
            first += onPage;
        } else if (direction < 0 && first > 0) {
            first = pagesBefore.isEmpty() ? 0 : Math.min(pagesBefore.pop(), first - 1);
        } else if (direction == 0) {
            first = 0;
            pagesBefore.clear();
        } else {
            return;
        }
        render();
    }

    /** Notes what changed; the page is drawn once before the next frame, however many changes come. */
    private void ticketsChanged(ListChangeListener.Change<? extends Order> change) {
        while (change.next()) {
            for (Order order : change.getAddedSubList()) {
                justShown.add(order.id());
            }
        }
        render();
    }

    private void render() {
        Scene scene = getScene();
        if (scene == null) {
            renderNow();
        } else if (!renderPending) {
            renderPending = true;
            scene.addPreLayoutPulseListener(beforeLayout);
            Platform.requestNextPulse();
        }
    }

    /** Draws this page: only the tickets on it are walked, whatever the length of the queue. */
    private void renderNow() {
        if (renderPending && getScene() != null) {
            getScene().removePreLayoutPulseListener(beforeLayout);
        }
        renderPending = false;
        List<Order> tickets = model.tickets();
        while (first >= tickets.size() && first > 0) {
            first = pagesBefore.isEmpty() ? 0 : pagesBefore.pop();
        }
        onPage = grid.fill(tickets, first, model.nowProperty().get());
        empty.setVisible(tickets.isEmpty());
        count.setText(tickets.size() == 1 ? "1 open ticket" : tickets.size() + " open tickets");
        countOffScreen(first, tickets.size() - first - onPage);
        cursor.refresh();
        if (!justShown.isEmpty() && getScene() != null) {
            getScene().removePostLayoutPulseListener(afterLayout);
            getScene().addPostLayoutPulseListener(afterLayout);
        }
    }

    /**
     * Runs once after the layout that put new tickets on screen: as cards on this page, or counted
     * in "more below".
     */
    private void markShown() {
        getScene().removePostLayoutPulseListener(afterLayout);
        long slowest = -1;
        int open = model.tickets().size();
        for (long id : justShown) {
            slowest = Math.max(slowest, model.latency().shown(id, open));
        }
        if (slowest >= 0) {
            latency.setText("on screen in " + TimeUnit.NANOSECONDS.toMillis(slowest) + " ms");
        }
        model.shown(List.copyOf(justShown));
        justShown.clear();
    }

    private TicketCard newCard() {
        TicketCard card = new TicketCard(ageing, model::lineTapped);
        card.stations(model.stationsProperty().get());
        card.setOnMouseClicked(e -> model.bump(card.order()));
        return card;
    }

    /** Says how many tickets are on the pages before and after this one, so none is ever hidden silently. */
    private void countOffScreen(int above, int below) {
        offScreen.setVisible(below + above > 0);
        offScreen.setText((above > 0 ? "▲ " + above + " above" : "")
                + (below > 0 && above > 0 ? "   ·   " : "")
                + (below > 0 ? "▼ " + below + " more below" : "")
                + (below > 0 && above > 0 ? "  — PgUp / PgDn" : below > 0 ? "  — PgDn" : "  — PgUp"));
    }

    /** The cards on this page, in the queue's order. */
    List<TicketCard> cardsOnPage() {
        return grid.cards();
    }

    /** Number of tickets on other pages, as the label says. */
    String offScreenText() {
        return offScreen.isVisible() ? offScreen.getText() : "";
    }

    /** Each choice in the station picker is kept in {@code remembered} for the next start. */
    public void rememberStations(StationMemory remembered) {
        this.memory = remembered;
    }

    /** The line under the keyboard's cursor, as "order id/line number", or "" when it is hidden. */
    String cursorAt() {
        return cursor.card() == null ? "" : cursor.card().order().id() + "/" + cursor.lineNo();
    }

    /** Colours every ticket by new thresholds at once: the Settings screen changed them. */
    public void ageing(Ageing newAgeing) {
        this.ageing = newAgeing;
        grid.eachCard(card -> card.ageing(newAgeing));
        grid.cards().forEach(card -> card.age(model.nowProperty().get()));
    }

    /** Stops the timer and the chime; the model is closed by its owner. */
    public void dispose() {
        ticker.stop();
        model.latency().report();
        chime.close();
    }
}
