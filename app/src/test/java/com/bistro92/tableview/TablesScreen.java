package com.bistro92.tableview;

import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import java.time.Clock;
import javafx.application.Platform;

/** Tables & Pads as the view tests open it on their suite: the model, the pads' address, the view; each closed after the test. */
final class TablesScreen {

    private TablesScreen() {
    }

    /** The screen's model on {@code app}, not started yet. */
    static TablesModel model(ViewFixture fx, TestApp app) {
        return fx.closeAfter(new TablesModel(app.app().tableOverview(), app.app().pairing(), app.app().sessions(),
                new PartyModel.Services(app.app().orders(), app.app().bills(), app.app().staff(), app.app().events(),
                        app.app().money(), Clock.systemDefaultZone(), app.app().printers()), Platform::runLater,
                fx.background()));
    }

    /** Where pads reach {@code app} in the pictures and the pairing codes: a LAN address of the restaurant's. */
    static PadAddress address(TestApp app) {
        return new PadAddress("192.168.1.20", app.app().tlsPort(), app.app().fingerprint());
    }

    /** The view of {@code model}, disposed of after the test. */
    static TablesView view(ViewFixture fx, TablesModel model, TestApp app) {
        TablesView view = new TablesView(model, Clock.systemDefaultZone(), address(app));
        fx.closeAfter(() -> Platform.runLater(view::dispose));
        return view;
    }
}
