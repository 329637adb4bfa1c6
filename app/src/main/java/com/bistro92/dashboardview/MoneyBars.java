package com.bistro92.dashboardview;

import com.bistro92.money.Money;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A ranked list of amounts on a TilesFX tile: a name, a bar as long as its share of the largest,
 * and the amount as {@link Money} writes it (or as a plain count). Its rows are made once; updates
 * only change them.
 */
final class MoneyBars {

    /** One row: what it is, and what it brought in. */
    record Row(String name, BigDecimal amount) {
    }

    private final Function<BigDecimal, String> format;
    private final List<Label> names = new ArrayList<>();
    private final List<Region> bars = new ArrayList<>();
    private final List<Label> amounts = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("Nothing sold in this range");
    private final Tile tile;

    /** Amounts of money. */
    MoneyBars(String title, String id, int rows, Money money) {
        this(title, id, rows, money::format);
    }

    /** Amounts written by {@code format}, such as counts. */
    MoneyBars(String title, String id, int rows, Function<BigDecimal, String> format) {
        this.format = format;
        grid.getStyleClass().add("dash-bars");
        grid.setId(id);
        grid.setHgap(8);
        grid.setVgap(5);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(46);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints amount = new ColumnConstraints();
        amount.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(name, bar, amount);
        for (int i = 0; i < rows; i++) {
            Label n = new Label();
            n.getStyleClass().add("dash-bar-name");
            n.setTooltip(new javafx.scene.control.Tooltip());
            Region b = new Region();
            b.getStyleClass().add("dash-bar");
            b.setMaxWidth(0);
            StackPane track = new StackPane(b);
            track.getStyleClass().add("dash-bar-track");
            StackPane.setAlignment(b, javafx.geometry.Pos.CENTER_LEFT);
            Label a = new Label();
            a.getStyleClass().add("dash-bar-amount");
            b.maxWidthProperty().unbind();
            grid.addRow(i, n, track, a);
            names.add(n);
            bars.add(b);
            amounts.add(a);
        }
        empty.getStyleClass().add("dash-detail");
        StackPane body = new StackPane(grid, empty);
        StackPane.setAlignment(grid, javafx.geometry.Pos.TOP_LEFT);
        tile = TileBuilder.create().skinType(Tile.SkinType.CUSTOM).title(title).graphic(body).build();
        tile.getStyleClass().add("dash-tile");
    }

    Tile tile() {
        return tile;
    }

    /** Shows the first rows of {@code rows}, largest first as given. */
    void show(List<Row> rows) {
        BigDecimal largest = rows.stream().map(Row::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        for (int i = 0; i < names.size(); i++) {
            boolean used = i < rows.size();
            names.get(i).setText(used ? rows.get(i).name() : "");
            // a long name gives way to the figures; the whole name is a hover away
            names.get(i).getTooltip().setText(names.get(i).getText());
            amounts.get(i).setText(used ? format.apply(rows.get(i).amount()) : "");
            double share = !used || largest.signum() == 0 ? 0 : rows.get(i).amount().doubleValue() / largest.doubleValue();
            Region bar = bars.get(i);
            Region track = (Region) bar.getParent();
            bar.maxWidthProperty().unbind();
            bar.maxWidthProperty().bind(track.widthProperty().multiply(share));
            bar.setPrefWidth(Region.USE_COMPUTED_SIZE);
            for (javafx.scene.Node n : List.of(names.get(i), track, amounts.get(i))) {
                n.setVisible(used);
                n.setManaged(used);
            }
        }
        empty.setVisible(rows.isEmpty());
    }

    /** The amounts shown, as written, top first; for tests. */
    List<String> shown() {
        return amounts.stream().filter(Label::isVisible).map(Label::getText).toList();
    }
}
