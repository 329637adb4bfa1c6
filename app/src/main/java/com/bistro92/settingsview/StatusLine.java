package com.bistro92.settingsview;

import com.bistro92.backup.BackupStatus;
import com.bistro92.backup.Backups;
import com.bistro92.journal.EventStream;
import com.bistro92.settings.Settings;
import com.bistro92.settings.SettingsChanged;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The status line's part of this feature: when the last backup was taken (amber when overdue), or,
 * for data kept on a database server, that its backups are the server's;
 * and a TRAINING DATA banner while the data folder is marked as a training copy. Reads the backup
 * folder off the FX thread, every minute and after each backup.
 */
public final class StatusLine extends HBox implements AutoCloseable {

    private final Backups backups;
    private final Supplier<Settings> settings;
    private final Clock clock;
    private final Executor fx;
    private final Executor background;
    private final Label backup = new Label("Last backup …");
    private final Label training = new Label("TRAINING DATA");
    private final Timeline timer = new Timeline(new KeyFrame(Duration.minutes(1), e -> refresh()));
    private final AutoCloseable onDone;
    private final AutoCloseable onChange;

    public StatusLine(Backups backups, Supplier<Settings> settings, EventStream events, Clock clock, Executor fx,
                      Executor background) {
        this.backups = backups;
        this.settings = settings;
        this.clock = clock;
        this.fx = fx;
        this.background = background;
        createView();
        onDone = backups.onDone(d -> refresh());
        onChange = events.subscribe(SettingsChanged.class, e -> fx.execute(this::refresh));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
        refresh();
    }

    private void createView() {
        getStylesheets().add(StatusLine.class.getResource("settings.css").toExternalForm());
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        backup.getStyleClass().add("backup-status");
        training.getStyleClass().add("training-banner");
        training.managedProperty().bind(training.visibleProperty());
        training.setVisible(false);
        getChildren().addAll(backup, training);
    }

    private void refresh() {
        background.execute(() -> {
            Settings s = settings.get();
            BackupStatus status = BackupStatus.of(backups.last(), s, clock.instant(), clock.getZone());
            fx.execute(() -> show(status, s));
        });
    }

    private void show(BackupStatus status, Settings s) {
        backup.getStyleClass().removeAll("backup-ok", "backup-overdue");
        if (backups.onServer()) {
            // the database server keeps the data and its backups: nothing of the suite's to be overdue
            backup.setText("Server backups");
            backup.setTooltip(new javafx.scene.control.Tooltip(backups.serverBackupAdvice()));
        } else {
            backup.setText(status.text());
            backup.getStyleClass().add(status.overdue() ? "backup-overdue" : "backup-ok");
        }
        training.setVisible(s.trainingData());
    }

    /** The backup text now shown, for tests. */
    String backupText() {
        return backup.getText();
    }

    @Override
    public void close() throws Exception {
        timer.stop();
        onDone.close();
        onChange.close();
    }
}
