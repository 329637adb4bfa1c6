package com.bistro92.tableview;

import com.bistro92.table.Pairing;
import com.bistro92.table.TableOverview.CallRow;
import com.bistro92.table.TableOverview.PadRow;
import com.bistro92.table.TableOverview.TableRow;
import java.util.function.Consumer;
import javafx.application.Platform;

/** What the table tiles' buttons do: the model's commands, the pairing dialog for a new code, and a table's orders. */
final class TileActions implements TableTile.Actions {

    private static final int DEFAULT_GUESTS = 2;

    private final TablesModel model;
    private final Consumer<Pairing.Code> showPairing;
    private final Consumer<PartyModel> showParty;

    TileActions(TablesModel model, Consumer<Pairing.Code> showPairing, Consumer<PartyModel> showParty) {
        this.model = model;
        this.showPairing = showPairing;
        this.showParty = showParty;
    }

    @Override
    public void orders(TableRow table) {
        showParty.accept(model.party(table));
    }

    @Override
    public void seat(TableRow table) {
        model.seat(table, DEFAULT_GUESTS);
    }

    @Override
    public void closeBill(TableRow table) {
        model.closeBill(table);
    }

    @Override
    public void pair(TableRow table) {
        model.pairingCode(table).thenAcceptAsync(showPairing, Platform::runLater);
    }

    @Override
    public void revoke(PadRow pad) {
        model.revoke(pad.id());
    }

    @Override
    public void acknowledge(CallRow call) {
        model.acknowledge(call.id());
    }
}
