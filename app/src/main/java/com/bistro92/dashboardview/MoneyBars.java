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
 *
 * <p>It shows only the rows its tile has the height for: when the list is longer than that (twelve
 * tables on a 720-pixel screen), the last row that fits says "+ k more" with what the rest add up
 * to, so that no row runs over the tile's title or off its bottom, and the rows shown still add up
 * to the whole.
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
    private final Body body;
    private final Tile tile;
    private List<Row> rows = List.of();
    /** How many rows the body had the height for when they were last shown; -1 before it was laid out. */
    private int shownRoom = -1;

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
        body = new Body();
        StackPane.setAlignment(grid, javafx.geometry.Pos.TOP_LEFT);
        tile = TileBuilder.create().skinType(Tile.SkinType.CUSTOM).title(title).graphic(body).build();
        tile.getStyleClass().add("dash-tile");
    }

    Tile tile() {
        return tile;
    }

    /** Shows {@code rows}, largest first as given: as many as the tile has room for. */
    void show(List<Row> rows) {
        this.rows = List.copyOf(rows);
        shownRoom = room(body.getHeight());
        fill(shownRoom);
        empty.setVisible(rows.isEmpty());
    }

    /** How many rows fit in {@code height}: all of them before the body has a height. */
    private int room(double height) {
        if (height <= 0) {
            return names.size();
        }
        double row = Math.max(names.getFirst().prefHeight(-1), amounts.getFirst().prefHeight(-1));
        double usable = height - grid.snappedTopInset() - grid.snappedBottomInset() + grid.getVgap();
        return Math.clamp((int) Math.floor(usable / (row + grid.getVgap())), 0, names.size());
    }

    /** Fills the first {@code room} rows: the largest, and "+ k more" in the last when not all fit. */
    private void fill(int room) {
        boolean more = rows.size() > room;
        int whole = more ? Math.max(0, room - 1) : rows.size();
        BigDecimal largest = rows.stream().map(Row::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        for (int i = 0; i < names.size(); i++) {
            boolean used = i < whole;
            boolean rest = more && room > 0 && i == whole;
            Label name = names.get(i);
            name.setText(used ? rows.get(i).name() : rest ? "+ " + (rows.size() - whole) + " more" : "");
            // a long name gives way to the figures; the whole name is a hover away
            name.getTooltip().setText(name.getText());
            name.getStyleClass().remove("dash-bar-more");
            if (rest) {
                name.getStyleClass().add("dash-bar-more");
            }
            BigDecimal amount = used ? rows.get(i).amount() : rest ? rows.subList(whole, rows.size()).stream()
                    .map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add) : BigDecimal.ZERO;
            amounts.get(i).setText(used || rest ? format.apply(amount) : "");
            double share = !used || largest.signum() == 0 ? 0 : amount.doubleValue() / largest.doubleValue();
            Region bar = bars.get(i);
            Region track = (Region) bar.getParent();
            bar.maxWidthProperty().unbind();
            bar.maxWidthProperty().bind(track.widthProperty().multiply(share));
            bar.setPrefWidth(Region.USE_COMPUTED_SIZE);
            track.setOpacity(rest ? 0 : 1);
            for (javafx.scene.Node n : List.of(name, track, amounts.get(i))) {
                n.setVisible(used || rest);
                n.setManaged(used || rest);
            }
        }
    }

    /**
     * The tile's body: as short as the tile makes it (the rows that do not fit are left out, rather
     * than pushing the others over the title), refilling its rows when its height holds a different
     * number of them.
     */
    private final class Body extends StackPane {

        Body() {
            super(grid, empty);
        }

        @Override
        protected double computeMinHeight(double width) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            int room = room(getHeight());
            if (room != shownRoom) {
                shownRoom = room;
                fill(room);
            }
            super.layoutChildren();
        }
    }

    /** The amounts shown, as written, top first; for tests. */
    List<String> shown() {
        return amounts.stream().filter(Label::isVisible).map(Label::getText).toList();
    }
}
