package com.bistro92.ui;

import com.bistro92.dashboardview.DashboardModel;
import com.bistro92.dashboardview.DashboardView;
import com.bistro92.historyview.HistoryModel;
import com.bistro92.historyview.HistoryView;
import com.bistro92.kitchen.Ageing;
import com.bistro92.kitchen.EightySixModel;
import com.bistro92.kitchen.KitchenModel;
import com.bistro92.kitchen.KitchenView;
import com.bistro92.kitchen.StationMemory;
import com.bistro92.menu.Stations;
import com.bistro92.menuedit.MenuEditorModel;
import com.bistro92.menuedit.MenuEditorView;
import com.bistro92.net.LanAddress;
import com.bistro92.orderstream.LocalOrderStream;
import com.bistro92.settingsview.IntegrationsCard;
import com.bistro92.printview.PrinterAlerts;
import com.bistro92.printview.PrinterStrip;
import com.bistro92.printview.PrintersCard;
import com.bistro92.printview.PrintersModel;
import com.bistro92.reportview.ZReportModel;
import com.bistro92.reportview.ZReportView;
import com.bistro92.settings.Settings;
import com.bistro92.settingsview.Restorer;
import com.bistro92.settingsview.SettingsModel;
import com.bistro92.settingsview.SettingsView;
import com.bistro92.settingsview.StatusLine;
import com.bistro92.staff.Permission;
import com.bistro92.staffview.StaffModel;
import com.bistro92.staffview.StaffView;
import com.bistro92.tableview.PadAddress;
import com.bistro92.tableview.PartyModel;
import com.bistro92.tableview.DisplaysModel;
import com.bistro92.tableview.TablesModel;
import com.bistro92.tableview.TablesView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every section of the suite, built on one running suite's parts: each model started on the one
 * event stream, each view on its model, in the navigation's order. Closing stops them all, newest
 * first; a restore closes these and builds new ones on the restored suite.
 */
final class Screens implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Screens.class);

    private final DesktopApp.Parts app;
    private final Operator operator;
    private final Clock clock;
    private final Executor background;
    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private final PadAddress pads;
    private KitchenModel kitchen;
    private KitchenView kitchenView;

    private final Stations stations;
    private final Path data;
    private boolean closed;
    private PrintersModel printers;

    /**
     * @param stations what the kitchen view shows ({@code --stations}), or null for the choice remembered here
     * @param data     the data folder, under which this PC's station choice is remembered
     */
    Screens(DesktopApp.Parts app, Operator operator, Clock clock, Executor background, Stations stations, Path data) {
        this.app = app;
        this.data = data;
        this.stations = stations;
        this.operator = operator;
        this.clock = clock;
        this.background = background;
        this.pads = new PadAddress(LanAddress.best(), app.tlsPort(), app.fingerprint());
    }

    /** Where pads connect, with the certificate they must see. */
    String address() {
        return pads.https() + " (certificate " + pads.fingerprint().shortForm() + ")";
    }

    /** The kitchen's view, built now if it was not yet. */
    KitchenView kitchenView() {
        if (kitchenView == null) {
            kitchenView = kitchen(data);
        }
        return kitchenView;
    }

    /**
     * The main window's frame around the sections. Each section's model and view are built when
     * the section first opens, or one at a time once the window is up ({@link Shell#buildNext}):
     * building them all at once kept the window from the screen for a second and more.
     */
    Shell shell(Restorer restorer) {
        List<Shell.Section> sections = new ArrayList<>();
        sections.add(new Shell.Section("Kitchen", this::kitchenView, Permission.BUMP));
        sections.add(new Shell.Section("Tables & Pads", this::tables, Permission.USE_TABLES));
        sections.add(new Shell.Section("Menu", this::menu, Permission.EDIT_MENU));
        sections.add(new Shell.Section("Dashboard", this::dashboard, Permission.VIEW_DASHBOARD));
        sections.add(new Shell.Section("History", this::history, Permission.VIEW_HISTORY));
        sections.add(new Shell.Section("Reports", this::reports, Permission.VIEW_REPORTS));
        sections.add(new Shell.Section("Staff", this::staff, Permission.MANAGE_STAFF));
        sections.add(new Shell.Section("Settings", () -> settings(restorer), Permission.CHANGE_SETTINGS));
        LogStatus logStatus = started(new LogStatus(app.logVerifier(), app.events(), Platform::runLater));
        logStatus.start();
        DatabaseLabel where = started(new DatabaseLabel(data.toAbsolutePath().toString(), app.dataPlace().server(),
                app.dataPlace().node(), app.dataPlace().reachable().getAsBoolean(), app.events(), Platform::runLater));
        Shell shell = new Shell(address(), where, new LogStatusLabel(logStatus.check()), sections);
        shell.addStatus(started(new StatusLine(app.backups(), app.settings()::current, app.events(), clock,
                Platform::runLater, background)));
        new PrinterAlerts(printers(), shell);
        return shell;
    }

    /** The printers and their states, one model for every screen that shows them. */
    private PrintersModel printers() {
        if (printers == null) {
            printers = started(new PrintersModel(app.printers(), app.events(), operator::id, Platform::runLater));
            printers.start();
        }
        return printers;
    }

    /** The stations the menu names, for the printers' form. */
    private java.util.Collection<String> menuStations() {
        return app.menu().menu().categories().stream().flatMap(c -> c.items().stream())
                .map(com.bistro92.menu.Menu.Item::station).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private KitchenView kitchen(Path data) {
        Settings settings = app.settings().current();
        kitchen = started(new KitchenModel(new LocalOrderStream(app.orders(), app.events(), background), clock,
                Platform::runLater));
        EightySixModel eightySix = started(new EightySixModel(app.menu(), app.menuChanges(), app.stock(), app.events(),
                operator::id, Platform::runLater));
        eightySix.start();
        kitchenView = new KitchenView(kitchen, new Ageing(settings.warnAfter(), settings.lateAfter()),
                () -> app.settings().current().sound(), eightySix, app.money());
        open.push(kitchenView::dispose);
        kitchen.actingAs(operator::id);
        // this PC's choice, not the restaurant's: a local preference, unless --stations says otherwise
        StationMemory memory = StationMemory.preferences(StationMemory.userNode(), data);
        kitchen.stations(stations != null ? stations : memory.load());
        kitchenView.rememberStations(memory);
        kitchenView.showPrinters(new PrinterStrip(printers()));
        kitchen.start();
        return kitchenView;
    }

    private TablesView tables() {
        TablesModel tables = started(new TablesModel(app.tableOverview(), app.pairing(), app.sessions(),
                new PartyModel.Services(app.orders(), app.bills(), app.staff(), app.events(), app.money(), clock,
                        app.printers()),
                Platform::runLater, background));
        TablesView view = new TablesView(tables, clock, pads);
        open.push(view::dispose);
        view.showPrinters(new PrinterStrip(printers()));
        DisplaysModel displays = started(new DisplaysModel(app.displays(), app.events(), pads, operator::id,
                Platform::runLater, background));
        displays.start();
        view.displays(displays, "http://" + (pads.host().contains(":") ? "[" + pads.host() + "]" : pads.host())
                + ":" + app.port());
        tables.actingAs(operator::id, operator::may);
        tables.start();
        return view;
    }

    private MenuEditorView menu() {
        MenuEditorModel menu = started(new MenuEditorModel(app.menu(), app.menuChanges(), app.stock(), app.events(), app.money(),
                operator::id, Platform::runLater, background));
        menu.start();
        return new MenuEditorView(menu);
    }

    /** The manager's dashboard, fed by the one event stream and the kitchen screen's own measurements. */
    private DashboardView dashboard() {
        kitchenView(); // the dashboard shows the kitchen screen's own measurements
        KitchenModel kitchenModel = kitchen;
        DashboardModel dashboard = started(new DashboardModel(app.dashboard(), app.events(), app.settings()::current,
                kitchenModel::screenLatency, clock, Platform::runLater));
        dashboard.start();
        DashboardView view = new DashboardView(dashboard, app.money());
        open.push(view::dispose);
        return view;
    }

    private HistoryView history() {
        HistoryModel history = started(new HistoryModel(app.history(), app.events(), app.money(), clock.getZone(),
                Platform::runLater, background));
        history.start();
        return new HistoryView(history);
    }

    private ZReportView reports() {
        ZReportModel reports = started(new ZReportModel(app.reports(), app.events(), app.money(), Platform::runLater,
                background));
        reports.start();
        return new ZReportView(reports);
    }

    private StaffView staff() {
        StaffModel staff = started(new StaffModel(app.staff(), app.events(), Platform::runLater, background,
                operator::id));
        staff.start();
        return new StaffView(staff);
    }

    private SettingsView settings(Restorer restorer) {
        SettingsModel settings = started(new SettingsModel(app.settings(), app.backups(), restorer, app.events(),
                Platform::runLater, background));
        settings.actingAs(operator::id);
        SettingsView view = new SettingsView(settings, clock.getZone());
        view.addCard(new PrintersCard(printers(), this::menuStations));
        view.addCard(started(new IntegrationsCard(app.integrations(), app.events(), operator::id, Platform::runLater,
                background)));
        return view;
    }

    private <T extends AutoCloseable> T started(T part) {
        if (closed) {
            throw new IllegalStateException("These screens were closed; a section cannot open on them");
        }
        open.push(part);
        return part;
    }

    /** A saved change reaches the screens that cannot follow it by themselves: the ticket colours. */
    void apply(Settings settings) {
        if (kitchenView != null) {
            kitchenView.ageing(new Ageing(settings.warnAfter(), settings.lateAfter()));
        }
    }

    /** Stops every model and view, newest first; one that fails to close does not keep the others open. */
    @Override
    public void close() {
        closed = true;
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                LOG.warn("A screen did not close cleanly", e);
            }
        }
    }
}
