package com.bistro92.readyboard;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The guests' "order ready" board, for a TV at the pass or the counter: two columns of large
 * order numbers, "Preparing" and "Ready". It needs no sign-in and shows nothing but numbers.
 */
public final class ReadyBoardView extends BorderPane {

    private final ReadyBoardModel model;
    private final FlowPane preparing = new FlowPane();
    private final FlowPane ready = new FlowPane();
    private final Label hint = new Label();
    private static final String HINT = "Your order number is on your table's pad";
    private static final javafx.css.PseudoClass NOT_LIVE = javafx.css.PseudoClass.getPseudoClass("not-live");

    public ReadyBoardView(ReadyBoardModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("ready-board");
        getStylesheets().add(ReadyBoardView.class.getResource("ready-board.css").toExternalForm());
        VBox left = column("Preparing", "ready-board-preparing", preparing);
        VBox right = column("Ready", "ready-board-ready", ready);
        HBox columns = new HBox(left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setMaxWidth(Double.MAX_VALUE);
        right.setMaxWidth(Double.MAX_VALUE);
        left.prefWidthProperty().bind(columns.widthProperty().multiply(0.45));
        right.prefWidthProperty().bind(columns.widthProperty().multiply(0.55));
        setCenter(columns);
        // while the board cannot follow the orders, it says so rather than show old numbers as news
        hint.textProperty().bind(model.notLiveProperty().map(why -> why.isEmpty() ? HINT
                : "Reconnecting… the numbers may be a little behind"));
        model.notLiveProperty().subscribe(why -> hint.pseudoClassStateChanged(NOT_LIVE, !why.isEmpty()));
        hint.getStyleClass().add("ready-board-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setAlignment(Pos.CENTER);
        setBottom(hint);
    }

    private static VBox column(String title, String styleClass, FlowPane numbers) {
        Label heading = new Label(title);
        heading.getStyleClass().add("ready-board-heading");
        numbers.getStyleClass().add("ready-board-numbers");
        numbers.setHgap(24);
        numbers.setVgap(18);
        VBox column = new VBox(24, heading, numbers);
        column.getStyleClass().addAll("ready-board-column", styleClass);
        VBox.setVgrow(numbers, Priority.ALWAYS);
        return column;
    }

    private void init() {
        show(model.preparing(), preparing);
        show(model.ready(), ready);
        model.preparing().addListener((ListChangeListener<Long>) change -> show(model.preparing(), preparing));
        model.ready().addListener((ListChangeListener<Long>) change -> show(model.ready(), ready));
    }

    private static void show(ObservableList<Long> ids, FlowPane numbers) {
        List<Label> labels = ids.stream().map(ReadyBoardView::number).toList();
        numbers.getChildren().setAll(labels);
    }

    private static Label number(long id) {
        Label label = new Label(String.valueOf(id));
        label.getStyleClass().add("ready-board-number");
        return label;
    }
}
