package com.bistro92.dashboardview;

import com.bistro92.dashboard.Dashboard;
import com.bistro92.dashboard.DateRange;
import com.bistro92.dashboard.KitchenLatency;
import com.bistro92.money.Money;
import com.bistro92.order.OrderCount;
import com.bistro92.uikit.ScreenHeader;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * The manager's dashboard: a range picker over a grid of TilesFX tiles. Every tile is built once,
 * in {@link #createView()}; a new count from the {@link DashboardModel} only pushes values into them.
 */
public final class DashboardView extends BorderPane {

    private static final int COLUMNS = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.getDefault());

    private final DashboardModel model;
    private final Money money;
    private final ZoneId zone;
    private final RangePicker picker;
    private final Label asOf = new Label();
    private final Label problem = new Label();

    private final Stat revenue = new Stat("Revenue", "dash-revenue");
    private final Stat orders = new Stat("Orders", "dash-orders");
    private final Stat covers = new Stat("Covers", "dash-covers");
    private final Stat ticketTime = new Stat("Ticket time, placed to ready", "dash-ticket-time");
    private final Stat open = new Stat("Open orders now", "dash-open");
    private final Stat kitchen = new Stat("Order to kitchen screen, last hour", "dash-kitchen");
    private Tile hourly;
    private final XYChart.Series<String, Number> hours = new XYChart.Series<>();
    private final XYChart.Series<String, Number> weekBefore = new XYChart.Series<>();
    private Tile pastWarn;
    private Tile pastLate;
    private final MoneyBars topByQuantity;
    private final MoneyBars topByRevenue;
    private final MoneyBars byTable;
    private final MoneyBars bySection;
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(15), e -> tick()));

    public DashboardView(DashboardModel model, Money money) {
        this.model = model;
        this.money = money;
        this.zone = model.clock().getZone();
        this.picker = new RangePicker(model);
        this.topByQuantity = new MoneyBars("Top 10 items by quantity", "dash-top-quantity", 10,
                BigDecimal::toPlainString);
        this.topByRevenue = new MoneyBars("Top 10 items by revenue", "dash-top-revenue", 10, money);
        this.byTable = new MoneyBars("Revenue by table", "dash-by-table", 12, money);
        this.bySection = new MoneyBars("Revenue by section", "dash-by-section", 6, money);
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("dashboard");
        getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
        asOf.getStyleClass().add("dash-as-of");
        problem.getStyleClass().add("dash-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        // the range's dates go under the title, where they have room at 1280 pixels beside the picker
        picker.setMinWidth(Region.USE_PREF_SIZE);
        setTop(new ScreenHeader("Dashboard", "dash-bar-top").under(asOf).beside(picker).end(problem));

        hours.setName("Today");
        weekBefore.setName("Week before");
        hourly = TileBuilder.create().skinType(Tile.SkinType.SMOOTHED_CHART).title("Orders per hour")
                .chartType(Tile.ChartType.AREA).series(List.of(hours, weekBefore))
                .smoothing(false).animated(false).build();
        hourly.setId("dash-hourly");
        pastWarn = TileBuilder.create().skinType(Tile.SkinType.PERCENTAGE).title("Tickets past yellow")
                .unit("%").maxValue(100).decimals(1).barColor(Tile.YELLOW).animated(false).build();
        pastWarn.setId("dash-past-warn");
        pastLate = TileBuilder.create().skinType(Tile.SkinType.PERCENTAGE).title("Tickets past red")
                .unit("%").maxValue(100).decimals(1).barColor(Tile.RED).animated(false).build();
        pastLate.setId("dash-past-late");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("dash-grid");
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(0, 16, 16, 16));
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            grid.getColumnConstraints().add(column);
        }
        for (double share : new double[] {22, 34, 44}) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(share);
            grid.getRowConstraints().add(row);
        }
        grid.add(revenue.tile(), 0, 0);
        grid.add(orders.tile(), 1, 0);
        grid.add(covers.tile(), 2, 0);
        grid.add(ticketTime.tile(), 3, 0);
        grid.add(open.tile(), 4, 0);
        grid.add(hourly, 0, 1, 3, 1);
        grid.add(pastWarn, 3, 1);
        grid.add(pastLate, 4, 1);
        grid.add(topByQuantity.tile(), 0, 2);
        grid.add(topByRevenue.tile(), 1, 2);
        grid.add(byTable.tile(), 2, 2);
        grid.add(bySection.tile(), 3, 2);
        grid.add(kitchen.tile(), 4, 2);
        grid.getChildren().forEach(n -> {
            if (n instanceof Tile t) {
                t.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                t.setMinSize(0, 0);
                t.setRoundedCorners(true);
            }
        });
        setCenter(grid);
    }

    private void init() {
        model.dashboardProperty().subscribe(this::show);
        model.latencyProperty().subscribe(this::show);
        model.problemProperty().subscribe(p -> {
            problem.setText(p);
            problem.setVisible(!p.isEmpty());
        });
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private void tick() {
        model.tick();
        Dashboard shown = model.dashboardProperty().get();
        if (shown != null) {
            showOpen(shown.open());
        }
    }

    private void show(Dashboard d) {
        if (d == null) {
            return;
        }
        String before = d.range().previousName();
        revenue.show(money.format(d.sales().revenue()), change(d.sales().revenue(), d.previous().revenue(),
                money.format(d.previous().revenue()), before), trend(d.sales().revenue(), d.previous().revenue()));
        OrderCount now = d.sales().count();
        OrderCount then = d.previous().count();
        orders.show(now.figure(), now.detail() + "\n" + change(BigDecimal.valueOf(now.placed()),
                BigDecimal.valueOf(then.placed()), then.figure(), before),
                trend(BigDecimal.valueOf(now.placed()), BigDecimal.valueOf(then.placed())));
        covers.show(Long.toString(d.covers().covers()), money.format(d.covers().perCover()) + " per cover · "
                + d.covers().parties() + (d.covers().parties() == 1 ? " party" : " parties"), 0);
        Dashboard.Tickets t = d.tickets();
        ticketTime.show(t.count() == 0 ? "–" : clock(t.p50()), t.count() == 0 ? "No ticket reached the pass"
                : "median · average " + clock(t.average()) + " · p90 " + clock(t.p90()) + "\n" + t.count()
                + " tickets", 0);
        pastWarn.setValue(100 * t.pastWarn());
        pastWarn.setDescription("over " + t.warn().toMinutes() + " min");
        pastLate.setValue(100 * t.pastLate());
        pastLate.setDescription("over " + t.late().toMinutes() + " min");
        showOpen(d.open());
        showHours(d.hours());
        topByQuantity.show(d.topByQuantity().stream()
                .map(i -> new MoneyBars.Row(i.name(), BigDecimal.valueOf(i.quantity()))).toList());
        topByRevenue.show(d.topByRevenue().stream().map(i -> new MoneyBars.Row(i.name(), i.revenue())).toList());
        byTable.show(d.byTable().stream().map(p -> new MoneyBars.Row(p.name(), p.revenue())).toList());
        bySection.show(d.bySection().stream().map(p -> new MoneyBars.Row(p.name(), p.revenue())).toList());
        asOf.setText(describe(d.range()) + " · as of " + TIME.format(d.at().atZone(zone))
                + (model.trainingData() ? " · training data" : ""));
    }

    private void showOpen(Dashboard.Open o) {
        open.show(Long.toString(o.count()), o.oldest() == null ? "None waiting"
                : "oldest placed " + clock(Duration.between(o.oldest(), Instant.now(model.clock()))) + " ago",
                o.oldest() != null && Duration.between(o.oldest(), Instant.now(model.clock())).toMinutes() >= 15 ? -1 : 0);
    }

    /** The chart keeps its points; only their values change, except when the hours shown must widen. */
    private void showHours(Dashboard.Hours h) {
        int first = 10;
        int last = 23;
        for (int i = 0; i < 24; i++) {
            if (h.counts().get(i) > 0 || h.weekBeforeCounts().get(i) > 0) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        int points = last - first + 1;
        if (hours.getData().size() != points || !hours.getData().getFirst().getXValue().equals(label(first))) {
            List<XYChart.Data<String, Number>> now = new ArrayList<>();
            List<XYChart.Data<String, Number>> then = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                now.add(new XYChart.Data<>(label(i), 0));
                then.add(new XYChart.Data<>(label(i), 0));
            }
            hours.getData().setAll(now);
            weekBefore.getData().setAll(then);
        }
        for (int i = first; i <= last; i++) {
            hours.getData().get(i - first).setYValue(h.counts().get(i));
            weekBefore.getData().get(i - first).setYValue(h.weekBeforeCounts().get(i));
        }
        hours.setName(DAY.format(h.day()));
        weekBefore.setName(DAY.format(h.weekBefore()));
        hourly.setText(DAY.format(h.day()) + " against " + DAY.format(h.weekBefore()));
    }

    private void show(KitchenLatency.Figures f) {
        if (f.samples() > 0) {
            kitchen.show(ms(f.p50()), "median · p99 " + ms(f.p99()) + " · " + f.samples() + " new tickets"
                    + (f.screenOpen() ? "" : "\nno kitchen screen open now"), f.p99().toMillis() > 100 ? -1 : 0);
        } else {
            kitchen.show("–", f.screenOpen() ? "No new ticket in the last hour" : "No kitchen screen", 0);
        }
    }

    private static String label(int hour) {
        return String.format(Locale.ROOT, "%02d", hour);
    }

    private String describe(DateRange r) {
        return r.from().equals(r.to()) ? DAY.format(r.from()) : DAY.format(r.from()) + " – " + DAY.format(r.to());
    }

    /** "▲ 12.5% on yesterday (€1,200.00)"; the change in percent, rounded to one decimal. */
    private static String change(BigDecimal now, BigDecimal before, String beforeText, String name) {
        if (before.signum() == 0) {
            return "nothing " + name;
        }
        BigDecimal percent = now.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before, 1, RoundingMode.HALF_UP);
        String arrow = percent.signum() > 0 ? "▲ " : percent.signum() < 0 ? "▼ " : "";
        return arrow + percent.abs().toPlainString() + "% on " + name + " (" + beforeText + ")";
    }

    private static int trend(BigDecimal now, BigDecimal before) {
        return before.signum() == 0 ? 0 : now.compareTo(before);
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.0f ms", d.toNanos() / 1e6);
    }

    /** Stops the clock; the model is closed by its owner. */
    public void dispose() {
        ticker.stop();
    }

    // for tests
    String revenueText() {
        return revenue.value();
    }

    String ordersText() {
        return orders.value();
    }

    List<String> tableAmounts() {
        return byTable.shown();
    }

}
