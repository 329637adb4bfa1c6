package com.bistro92;

import com.bistro92.demo.DemoRestaurant;
import com.bistro92.json.Json;
import com.bistro92.menu.MenuLookup;
import com.bistro92.order.OrderEvents;
import com.bistro92.order.Orders;
import com.bistro92.server.HttpServer;
import com.bistro92.staff.PinHasher;
import com.bistro92.store.Database;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableDirectory;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part of the suite once and wires them through
 * constructors. Start-up goes database, migrations, demo data, orders, then Jetty; shutdown
 * runs in reverse.
 */
public final class Bistro92 implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bistro92.class);

    private final Database database;
    private final HttpServer.Services services;
    private final HttpServer http;
    private final ObjectMapper json;

    private Bistro92(Database database, HttpServer.Services services, HttpServer http, ObjectMapper json) {
        this.database = database;
        this.services = services;
        this.http = http;
        this.json = json;
    }

    /** Starts the server side of the suite with {@code options}, timed by {@code clock}. */
    public static Bistro92 start(Options options, Clock clock) throws Exception {
        try {
            Files.createDirectories(options.data());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + options.data(), e);
        }
        ObjectMapper json = Json.newMapper();
        Database database = Database.open(options.data());
        Orders orders = null;
        try {
            new DemoRestaurant(database.dsl(), new PinHasher(new SecureRandom()), clock).seedIfNew();
            MenuLookup menu = new MenuLookup(database.dsl());
            orders = new Orders(database.dsl(), database::storeNow, new TableDirectory(database.dsl()), menu, json,
                    new OrderEvents(), clock);
            HttpServer.Services services = new HttpServer.Services(orders, menu,
                    new Pairing(database.dsl(), clock, new SecureRandom()), new TableSessions(database.dsl(), clock));
            HttpServer http = HttpServer.start(options.port(), services, json, clock);
            return new Bistro92(database, services, http, json);
        } catch (Exception e) {
            if (orders != null) {
                orders.close();
            }
            database.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public Orders orders() {
        return services.orders();
    }

    public Pairing pairing() {
        return services.pairing();
    }

    public TableSessions sessions() {
        return services.sessions();
    }

    /** The floor at a glance, for the Tables & Pads screen. */
    public TableOverview tableOverview() {
        return new TableOverview(database.dsl(), services.pairing());
    }

    public MenuLookup menu() {
        return services.menu();
    }

    public ObjectMapper json() {
        return json;
    }

    public Database database() {
        return database;
    }

    /** Stops accepting requests, lets in-flight ones finish, drains the order writer, closes the database. */
    @Override
    public void close() {
        try {
            http.close();
        } catch (Exception e) {
            LOG.error("The HTTP server did not stop cleanly", e);
        }
        services.orders().close();
        database.close();
    }
}
