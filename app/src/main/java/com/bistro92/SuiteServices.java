package com.bistro92;

import com.bistro92.bill.Bills;
import com.bistro92.integration.Integrations;
import com.bistro92.journal.Journal;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.menu.Suggestions;
import com.bistro92.metrics.Metrics;
import com.bistro92.order.Orders;
import com.bistro92.print.Printers;
import com.bistro92.server.HttpServer;
import com.bistro92.settings.Settings;
import com.bistro92.staff.StaffToken;
import com.bistro92.stock.Stock;
import com.bistro92.store.Database;
import com.bistro92.table.Displays;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableDirectory;
import com.bistro92.table.TableOpening;
import com.bistro92.table.TableSessions;
import com.bistro92.waittime.BusyWatch;
import com.bistro92.waittime.WaitTimes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite's features, each made once and wired to the one journal and the one database: what the
 * server serves and the desktop shows. The features that keep threads of their own (the printers,
 * the wait times and the overload watch) are stopped here too.
 */
final class SuiteServices {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteServices.class);

    private SuiteServices() {
    }

    static HttpServer.Services build(Journal journal, Database database, StaffToken staff,
                                                Supplier<Settings> settings, List<String> hostNames,
                                                ObjectMapper json, Clock clock, Metrics metrics) {
        MenuLookup menu = new MenuLookup(database.dsl());
        TableSessions sessions = new TableSessions(journal, database.dsl(), json);
        MenuChanges menuChanges = new MenuChanges(journal, menu, json);
        Stock stock = new Stock(journal, database.dsl(), json, menuChanges);
        WaitTimes waits = new WaitTimes(database.dsl(), journal.events(), clock);
        Orders orders = new Orders(journal, database.dsl(), new TableDirectory(database.dsl()), sessions, menu, json,
                clock, stock, waits);
        Pairing pairing = new Pairing(journal, database.dsl(), json, clock, new SecureRandom());
        Bills bills = new Bills(journal, database.dsl(), orders, sessions, settings, json);
        Displays displays = new Displays(journal, database.dsl(), json, clock, new SecureRandom());
        Printers.readOtherNodes(journal.otherNodes(), json);
        Printers printers = new Printers(journal, database.dsl(), json, clock, orders, bills,
                () -> Bistro92.money(() -> settings.get().currency()), () -> displays.displays().size()).start();
        return new HttpServer.Services(journal, orders, menu, menuChanges, pairing, sessions,
                staff, () -> settings.get().currency(), hostNames, bills, displays, metrics,
                remote -> settings.get().isMonitor(remote), new Suggestions(database.dsl(), clock),
                () -> settings.get().webPads().idleClear(), new TableOpening(journal, sessions, clock, new SecureRandom()),
                () -> settings.get().webPads().guestsOpenTables(), printers, stock,
                new Integrations(journal, database.dsl(), json, clock, new SecureRandom()), waits,
                new BusyWatch(waits, journal, settings, json, clock));
    }

    /** Stops the features' own threads: the printers' workers, the wait times' learning, the overload watch. */
    static void stop(HttpServer.Services services) {
        services.printers().close();
        try {
            services.busy().close();
            services.waits().close();
        } catch (Exception e) {
            LOG.debug("Stopping the wait times", e);
        }
    }
}
