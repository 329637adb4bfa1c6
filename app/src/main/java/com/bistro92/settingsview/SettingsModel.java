package com.bistro92.settingsview;

import com.bistro92.backup.Backups;
import com.bistro92.backup.RestorePreview;
import com.bistro92.journal.EventStream;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import com.bistro92.settings.Settings;
import com.bistro92.settings.SettingsChanged;
import com.bistro92.settings.SettingsCodec;
import com.bistro92.settings.SettingsStore;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings screen's state: a draft of every field, checked as it is edited, saved as one
 * journal command; and the backup and restore actions, run off the FX thread with their progress.
 */
public final class SettingsModel implements AutoCloseable {

    private final SettingsStore store;
    private final Backups backups;
    private final Restorer restorer;
    private final Executor fx;
    private final Executor background;
    private final Map<SettingField, Object> draft = new EnumMap<>(SettingField.class);
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ObservableList<String> errorsView = FXCollections.unmodifiableObservableList(errors);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper restartNeeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Backups.Done> lastDone = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Settings> saved = new ReadOnlyObjectWrapper<>();
    private AutoCloseable subscription;
    private java.util.function.Supplier<Integer> who = () -> null;

    public SettingsModel(SettingsStore store, Backups backups, Restorer restorer, EventStream events, Executor fx,
                         Executor background) {
        this.store = store;
        this.backups = backups;
        this.restorer = restorer;
        this.fx = fx;
        this.background = background;
        load(store.current());
        subscription = events.subscribe(SettingsChanged.class, e -> fx.execute(() -> {
            boolean editing = dirty.get();
            saved.set(e.settings());
            if (!editing) {
                load(e.settings());
            }
        }));
    }

    private void load(Settings s) {
        saved.set(s);
        for (SettingField f : SettingField.values()) {
            draft.put(f, f.read(s));
        }
        check();
    }

    Object value(SettingField field) {
        return draft.get(field);
    }

    void set(SettingField field, Object value) {
        draft.put(field, value);
        message.set("");
        check();
    }

    private SettingsCodec.Parsed parse() {
        Map<String, String> text = new LinkedHashMap<>();
        draft.forEach((f, v) -> text.put(f.key, SettingField.text(v)));
        return SettingsCodec.parse(text, saved.get());
    }

    private void check() {
        SettingsCodec.Parsed parsed = parse();
        errors.setAll(parsed.errors().stream().map(e -> SettingField.labelOf(e.field()) + ": " + e.message()).toList());
        dirty.set(!parsed.settings().equals(saved.get()));
        restartNeeded.set(parsed.ok() && parsed.settings().needsRestartAfter(saved.get()));
    }

    /** Saves made from this screen carry the id {@code who} gives (the member signed in). */
    public void actingAs(java.util.function.Supplier<Integer> who) {
        this.who = who;
    }

    /** Saves the draft; kitchen, sound and theme take effect at once, ports and names after a restart. */
    public CompletableFuture<Settings> save() {
        SettingsCodec.Parsed parsed = parse();
        if (!parsed.ok()) {
            message.set("Not saved: correct the values below first");
            return CompletableFuture.failedFuture(Problem.unprocessable("Not saved", parsed.errors()));
        }
        boolean restart = parsed.settings().needsRestartAfter(saved.get());
        return store.change(parsed.settings(), who.get()).whenComplete((s, failure) -> fx.execute(() -> {
            if (failure == null) {
                load(s);
                message.set(restart ? "Saved. Restart Bistro92 for the new ports, host names or HTTPS rule to apply."
                        : "Saved and applied");
            } else {
                message.set("Not saved: " + Failure.cause(failure).getMessage());
            }
        }));
    }

    /** Puts every field back to the saved settings. */
    public void revert() {
        load(saved.get());
        message.set("");
    }

    /** Backs up now, off the FX thread; {@link #lastDoneProperty()} tells when done. */
    public void backupNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        step.set("Starting the backup");
        background.execute(() -> {
            try {
                Backups.Done done = backups.backupNow(p -> fx.execute(() -> {
                    progress.set(p.done());
                    step.set(p.step());
                }));
                fx.execute(() -> {
                    busy.set(false);
                    lastDone.set(done);
                    step.set("Backup written to " + done.file().getFileName());
                });
            } catch (Exception | Error e) {
                fx.execute(() -> {
                    busy.set(false);
                    progress.set(0);
                    step.set("Backup failed: " + Failure.cause(e).getMessage());
                });
            }
        });
    }

    /** Checks a backup file and says what a restore would lose, off the FX thread. */
    public CompletableFuture<RestorePreview> preview(Path file) {
        return CompletableFuture.supplyAsync(() -> backups.preview(file), background);
    }

    /** Restores {@code file}; the desktop then reconnects to the restored data. Off the FX thread. */
    public CompletableFuture<Path> restore(Path file) {
        busy.set(true);
        progress.set(-1);
        step.set("Restoring " + file.getFileName() + " — pads wait meanwhile");
        return CompletableFuture.supplyAsync(() -> {
            try {
                return restorer.restore(file);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).whenComplete((aside, failure) -> fx.execute(() -> {
            busy.set(false);
            progress.set(failure == null ? 1 : 0);
            step.set(failure == null ? "Restored" : "Not restored: " + Failure.cause(failure).getMessage());
        }));
    }

    /** The backup folder now in use. */
    Path backupFolder() {
        return backups.folder();
    }

    public ObservableList<String> errors() {
        return errorsView;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Backups.Done> lastDoneProperty() {
        return lastDone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Settings> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    List<SettingField> fields() {
        return List.of(SettingField.values());
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
