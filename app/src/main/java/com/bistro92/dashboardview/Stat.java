package com.bistro92.dashboardview;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A figure tile: one large value and a line under it, on a TilesFX tile with the custom skin.
 * Built once; {@link #show} only changes the text.
 *
 * <p>The value is never cut: when it is wider than its tile (a month's revenue on a 1280-pixel
 * screen) or the line under it leaves too little height, it steps down to the largest of a few
 * fixed sizes ({@code dash-value-30} to {@code dash-value-16} in dashboard.css) that holds it whole.
 * Steps rather than any size keep the tiles of a row looking alike.
 */
final class Stat {

    /** The value's sizes in pixels, largest first, each with its style class in dashboard.css. */
    static final List<Integer> SIZES = List.of(30, 26, 22, 19, 16);
    private static final double LINE = 1.25;

    private final Label value = new Label("–");
    private final Label detail = new Label("");
    private final VBox box = new VBox(6, value, detail);
    private final Tile tile;
    private final Text measure = new Text();

    Stat(String title, String id) {
        value.getStyleClass().addAll("dash-value", "dash-value-" + SIZES.getFirst());
        value.setId(id);
        value.setMinWidth(0);
        detail.getStyleClass().add("dash-detail");
        detail.setId(id + "-detail");
        detail.setWrapText(true);
        box.getStyleClass().add("dash-stat");
        box.widthProperty().subscribe(this::fit);
        box.heightProperty().subscribe(this::fit);
        tile = TileBuilder.create().skinType(Tile.SkinType.CUSTOM).title(title).graphic(box).build();
        tile.getStyleClass().add("dash-tile");
    }

    Tile tile() {
        return tile;
    }

    /** Shows {@code text} large and {@code line} under it; {@code trend} colours the line: +1 up, -1 down, 0 plain. */
    void show(String text, String line, int trend) {
        value.setText(text);
        detail.setText(line);
        detail.getStyleClass().removeAll("dash-up", "dash-down");
        if (trend > 0) {
            detail.getStyleClass().add("dash-up");
        } else if (trend < 0) {
            detail.getStyleClass().add("dash-down");
        }
        fit();
    }

    /** Picks the largest size at which the value fits the box's width, with the line under it in its height. */
    private void fit() {
        double width = box.getWidth();
        double height = box.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        double room = height - box.getSpacing() - (detail.getText().isEmpty() ? 0 : detail.prefHeight(width));
        String family = value.getFont().getFamily();
        int chosen = SIZES.getLast();
        for (int size : SIZES) {
            measure.setText(value.getText());
            measure.setFont(Font.font(family, FontWeight.BOLD, size));
            // a pixel to spare: the label's own rounding must not tip it into an ellipsis
            if (measure.getLayoutBounds().getWidth() + 2 <= width && size * LINE <= room) {
                chosen = size;
                break;
            }
        }
        String style = "dash-value-" + chosen;
        if (!value.getStyleClass().contains(style)) {
            value.getStyleClass().removeIf(s -> s.startsWith("dash-value-"));
            value.getStyleClass().add(style);
        }
    }

    String value() {
        return value.getText();
    }

    /** The value's size now, in pixels; for tests. */
    double valueSize() {
        return value.getFont().getSize();
    }
}
