package com.bistro92.ui;

import com.bistro92.journal.LogCheck;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The status line's word on the event log: "Log intact", or "Log broken at #S" in red. */
final class LogStatusLabel extends Label {

    private static final String INTACT = "log-intact";
    private static final String BROKEN = "log-broken";

    private final ObservableValue<LogCheck> check;
    private final Tooltip tooltip = new Tooltip();

    LogStatusLabel(ObservableValue<LogCheck> check) {
        this.check = check;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("log-status");
        setTooltip(tooltip);
        show(null);
    }

    private void init() {
        check.addListener((obs, was, now) -> show(now));
        show(check.getValue());
    }

    private void show(LogCheck result) {
        getStyleClass().removeAll(INTACT, BROKEN);
        switch (result) {
            case null -> {
                setText("Checking the log…");
                tooltip.setText("Verifying the event log's hash chain");
            }
            case LogCheck.Intact intact -> {
                setText("Log intact");
                getStyleClass().add(INTACT);
                tooltip.setText(intact.summary());
            }
            case LogCheck.Broken broken -> {
                setText("Log broken at #" + broken.seq());
                getStyleClass().add(BROKEN);
                tooltip.setText(broken.summary());
            }
        }
    }
}
