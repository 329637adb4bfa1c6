package com.bistro92.dashboardview;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A figure tile: one large value and a line under it, on a TilesFX tile with the custom skin.
 * Built once; {@link #show} only changes the text.
 */
final class Stat {

    private final Label value = new Label("–");
    private final Label detail = new Label("");
    private final Tile tile;

    Stat(String title, String id) {
        value.getStyleClass().add("dash-value");
        value.setId(id);
        detail.getStyleClass().add("dash-detail");
        detail.setId(id + "-detail");
        detail.setWrapText(true);
        VBox box = new VBox(6, value, detail);
        box.getStyleClass().add("dash-stat");
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
    }

    String value() {
        return value.getText();
    }
}
