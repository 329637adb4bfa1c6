package com.bistro92.printview;

import com.bistro92.print.Printer;
import com.bistro92.print.PrinterState;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells the people at the main PC, in a notification over any screen, when a printer stops printing
 * (offline, out of paper) or prints again, and when the kitchen screens stop following and the
 * printers take over their tickets.
 */
public final class PrinterAlerts {

    private final Node owner;
    private final Map<Integer, PrinterState> said = new HashMap<>();

    public PrinterAlerts(PrintersModel model, Node owner) {
        this.owner = owner;
        model.printers().forEach(p -> said.put(p.id(), p.state()));
        model.printers().addListener((ListChangeListener<Printer>) c -> model.printers().forEach(this::check));
        model.screensDownProperty().addListener((obs, was, down) -> {
            if (down) {
                show("Kitchen screens stopped", "No kitchen display is following the orders. Printers set to stand "
                        + "in for the screens print every open ticket of their stations now, and each new one.", true);
            } else {
                show("Kitchen screens are back", "A kitchen display follows the orders again.", false);
            }
        });
    }

    private void check(Printer printer) {
        PrinterState before = said.put(printer.id(), printer.state());
        if (before == null || before == printer.state() || printer.state() == PrinterState.NEW) {
            return;
        }
        if (!printer.state().prints()) {
            show(printer.name() + " is " + printer.state().words(), printer.setup().fallbackId() != null
                    ? "Its tickets are kept, and go to its fallback printer if it stays " + printer.state().words() + "."
                    : "Its tickets are kept, and print when it is back.", true);
        } else if (!before.prints()) {
            show(printer.name() + " prints again", "It prints the tickets it missed first.", false);
        }
    }

    private void show(String title, String text, boolean bad) {
        if (owner.getScene() == null) {
            return;
        }
        Notifications note = Notifications.create().owner(owner).title(title).text(text)
                .hideAfter(Duration.seconds(bad ? 30 : 6));
        if (bad) {
            note.showWarning();
        } else {
            note.showInformation();
        }
    }
}
