package com.bistro92.uikit;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bar across the top of every section of the suite: the section's title (with lines under it
 * when a screen has some), what the screen says beside it, and its own controls at the far end.
 * One class, one stylesheet, so the sections' titles are the same size, in the same place, with the
 * same padding, whichever is open.
 *
 * <pre>{@code
 * setTop(new ScreenHeader("History", "history-bar").under(count).beside(notice).end(export));
 * }</pre>
 */
public final class ScreenHeader extends HBox {

    private final Label title;
    private final VBox heading;
    private final HBox beside = new HBox(14);
    private final HBox end = new HBox(10);

    /** A header titled {@code title}; {@code styleClass} names it for the screen's own CSS and tests. */
    public ScreenHeader(String title, String styleClass) {
        super(16);
        this.title = new Label(title);
        this.title.getStyleClass().add("screen-title");
        this.title.setMinWidth(Region.USE_PREF_SIZE);
        this.heading = new VBox(2, this.title);
        heading.setAlignment(Pos.CENTER_LEFT);
        beside.setAlignment(Pos.CENTER_LEFT);
        end.setAlignment(Pos.CENTER_RIGHT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(beside, Priority.SOMETIMES);
        getChildren().setAll(heading, beside, gap, end);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().addAll("screen-header", styleClass);
        getStylesheets().add(ScreenHeader.class.getResource("screen-header.css").toExternalForm());
    }

    /** Lines under the title, such as the day a report is of or how many rows a list holds. */
    public ScreenHeader under(Node... lines) {
        heading.getChildren().addAll(lines);
        return this;
    }

    /** What goes right after the title: a count, a notice, a picker. */
    public ScreenHeader beside(Node... nodes) {
        beside.getChildren().addAll(nodes);
        return this;
    }

    /** The screen's own controls, at the far end. */
    public ScreenHeader end(Node... nodes) {
        end.getChildren().addAll(nodes);
        return this;
    }

    /** A larger title, for a screen read from across a room (the kitchen). */
    public ScreenHeader large() {
        getStyleClass().add("screen-header-large");
        return this;
    }

    /** The title, for a screen whose title changes (the kitchen names its stations). */
    public Label title() {
        return title;
    }
}
