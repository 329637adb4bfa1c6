package com.bistro92.printview;

import com.bistro92.journal.EventStream;
import com.bistro92.print.Printer;
import com.bistro92.print.PrinterEvent;
import com.bistro92.print.PrinterSetup;
import com.bistro92.print.Printers;
import com.bistro92.print.ScreensEvent;
import com.bistro92.problem.Failure;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The printers as the screens show them: each with what it last said, kept current by the printer
 * events of the one stream (a printer set up, removed, gone offline, out of paper, back), and
 * whether the kitchen screens follow the orders. Settings also adds, changes and removes printers
 * here. Every change goes through {@link Printers}, as a command on the journal.
 */
public final class PrintersModel implements AutoCloseable {

    private final Printers printers;
    private final EventStream events;
    private final Supplier<Integer> who;
    private final Executor fx;
    private final ObservableList<Printer> listed = FXCollections.observableArrayList();
    /** One view, held here: an unmodifiable view listens to the list weakly, and one made per call is lost to GC. */
    private final ObservableList<Printer> listedView = FXCollections.unmodifiableObservableList(listed);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper screensDown = new ReadOnlyBooleanWrapper(false);
    private AutoCloseable subscription;

    /** @param who the member of staff signed in, whose permission to change settings is checked */
    public PrintersModel(Printers printers, EventStream events, Supplier<Integer> who, Executor fx) {
        this.printers = printers;
        this.events = events;
        this.who = who;
        this.fx = fx;
    }

    public PrintersModel start() {
        subscription = events.subscribe(event -> {
            if (event instanceof PrinterEvent) {
                // the event is published after the worker noted it: the list is read as it is now
                List<Printer> now = printers.printers();
                fx.execute(() -> listed.setAll(now));
            } else if (event instanceof ScreensEvent screens) {
                boolean down = screens instanceof ScreensEvent.Down;
                fx.execute(() -> screensDown.set(down));
            }
        });
        List<Printer> now = printers.printers();
        boolean down = !printers.screens().following();
        fx.execute(() -> {
            listed.setAll(now);
            screensDown.set(down);
        });
        return this;
    }

    /** Every printer, by id, with what it last said. */
    public ObservableList<Printer> printers() {
        return listedView;
    }

    /** True while no kitchen display follows the orders, and printers stand in for the screens. */
    public ReadOnlyBooleanProperty screensDownProperty() {
        return screensDown.getReadOnlyProperty();
    }

    /** Adds a printer ({@code id} null) or changes one; the notice says what happened. */
    public CompletableFuture<Printer> save(Integer id, PrinterSetup setup) {
        return printers.save(id, setup, who.get()).whenCompleteAsync((p, failure) -> notice.set(failure == null
                ? p.name() + " saved" : Failure.say(failure, "The printer was not saved")), fx);
    }

    public CompletableFuture<Integer> remove(Printer printer) {
        return printers.remove(printer.id(), who.get()).whenCompleteAsync((id, failure) -> notice.set(
                failure == null ? printer.name() + " removed" : Failure.say(failure, "Not removed")), fx);
    }

    /** What went wrong, or the last thing done. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
