package com.bistro92.settingsview;

import com.bistro92.integration.IntegrationEvent;
import com.bistro92.integration.Integrations;
import com.bistro92.journal.EventStream;
import com.bistro92.problem.Failure;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Settings' card of outside systems (an inventory or accounting program): each one let in, with
 * Revoke, and a name and <b>Make a token</b>, whose token is shown here once, to copy into the other
 * program; the suite keeps only its SHA-256. The list follows the integration events of the stream.
 */
public final class IntegrationsCard extends VBox implements AutoCloseable {

    private final Integrations integrations;
    private final Supplier<Integer> who;
    private final Executor fx;
    private final Executor background;
    private final VBox list = new VBox(6);
    private final TextField name = new TextField();
    private final TextField token = new TextField();
    private final Label notice = new Label();
    private final AutoCloseable subscription;

    public IntegrationsCard(Integrations integrations, EventStream events, Supplier<Integer> who, Executor fx,
                            Executor background) {
        this.integrations = integrations;
        this.who = who;
        this.fx = fx;
        this.background = background;
        createView();
        subscription = events.subscribe(IntegrationEvent.class, e -> reload());
        reload();
    }

    private void createView() {
        getStyleClass().addAll("settings-card", "integrations-card");
        setSpacing(10);
        setPrefWidth(340);
        setMinWidth(300);
        Label title = new Label("Integrations");
        title.getStyleClass().add("settings-card-title");
        Label about = new Label("An inventory or accounting program follows the orders and sets counts with a "
                + "token of its own.");
        about.getStyleClass().add("settings-card-text");
        about.setWrapText(true);
        name.setId("integration-name");
        name.setPromptText("Name, e.g. Stockroom");
        Button make = new Button("Make a token");
        make.setId("integration-make");
        make.setOnAction(e -> make());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox add = new HBox(8, name, make);
        add.setAlignment(Pos.CENTER_LEFT);
        token.setId("integration-token");
        token.setEditable(false);
        token.getStyleClass().add("integration-token");
        token.managedProperty().bind(token.visibleProperty());
        token.setVisible(false);
        notice.getStyleClass().add("settings-card-text");
        notice.setWrapText(true);
        getChildren().setAll(title, about, list, add, token, notice);
    }

    private void reload() {
        CompletableFuture.supplyAsync(integrations::clients, background).thenAcceptAsync(this::render, fx);
    }

    private void render(List<Integrations.Listed> clients) {
        if (clients.isEmpty()) {
            Label none = new Label("None yet");
            none.getStyleClass().add("settings-card-text");
            list.getChildren().setAll(none);
            return;
        }
        list.getChildren().setAll(clients.stream().map(c -> {
            Label label = new Label(c.name());
            label.getStyleClass().add("integration-name");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button revoke = new Button("Revoke");
            revoke.getStyleClass().addAll("small", "danger");
            revoke.setOnAction(e -> integrations.revoke(c.id(), who.get()).whenCompleteAsync((v, failure) ->
                    notice.setText(failure == null ? c.name() + " revoked: its token no longer works"
                            : Failure.say(failure, "Not revoked")), fx));
            HBox row = new HBox(8, label, gap, revoke);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("integration-" + c.id());
            return row;
        }).toList());
    }

    private void make() {
        integrations.create(name.getText(), who.get()).whenCompleteAsync((created, failure) -> {
            if (failure != null) {
                notice.setText(Failure.say(failure, "No token was made"));
                return;
            }
            name.clear();
            token.setText(created.token());
            token.setVisible(true);
            token.selectAll();
            notice.setText("Copy this token into " + created.client().name() + " now: it is shown only once.");
        }, fx);
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
