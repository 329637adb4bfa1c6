package com.bistro92.tableview;

import com.bistro92.journal.EventStream;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import com.bistro92.table.DisplayEvent;
import com.bistro92.table.Displays;
import com.bistro92.tls.PairingCheck;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The displays paired with this PC (second kitchen screens, ready boards), for Tables & Pads: the
 * list, kept current by the display events, a new pairing code, and revoking one.
 */
public final class DisplaysModel implements AutoCloseable {

    /** A code to show: the twelve digits to type on the display, and until when it works. */
    public record ShownCode(String spoken, java.time.Instant expiresAt) {
    }

    private final Displays displays;
    private final EventStream events;
    private final PadAddress address;
    private final Supplier<Integer> who;
    private final Executor fx;
    private final Executor background;
    private final ObservableList<Displays.Listed> listed = FXCollections.observableArrayList();
    private final ObservableList<Displays.Listed> listedView = FXCollections.unmodifiableObservableList(listed);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private AutoCloseable subscription;

    /** @param who the member of staff signed in, whose permission to pair is checked */
    public DisplaysModel(Displays displays, EventStream events, PadAddress address, Supplier<Integer> who,
                         Executor fx, Executor background) {
        this.displays = displays;
        this.events = events;
        this.address = address;
        this.who = who;
        this.fx = fx;
        this.background = background;
    }

    public void start() {
        subscription = events.subscribe(DisplayEvent.class, e -> reload());
        reload();
    }

    private void reload() {
        CompletableFuture.supplyAsync(displays::displays, background)
                .whenCompleteAsync((list, failure) -> {
                    if (failure == null) {
                        listed.setAll(list);
                    } else {
                        notice.set("Could not read the displays");
                    }
                }, fx);
    }

    /** The paired displays, oldest first. */
    public ObservableList<Displays.Listed> displays() {
        return listedView;
    }

    /** A new code for a display, with the check digits of this PC's certificate. */
    public CompletableFuture<ShownCode> newCode() {
        return displays.newCode(who.get())
                .thenApply(code -> new ShownCode(PairingCheck.spoken(code.code(), address.fingerprint()),
                        code.expiresAt()))
                .whenCompleteAsync((code, failure) -> notice.set(failure == null ? "" : why(failure)), fx);
    }

    public CompletableFuture<?> revoke(int displayId) {
        return displays.revoke(displayId, who.get())
                .whenCompleteAsync((display, failure) -> notice.set(failure == null
                        ? display.name() + " revoked" : why(failure)), fx);
    }

    /** What went wrong, or the last thing done. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public PadAddress address() {
        return address;
    }

    private static String why(Throwable failure) {
        return Failure.say(failure, "Something went wrong; try again");
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }

    List<Displays.Listed> snapshot() {
        return List.copyOf(listed);
    }
}
