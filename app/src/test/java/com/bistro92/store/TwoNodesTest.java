package com.bistro92.store;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.TestDatabase;
import com.bistro92.journal.DatabaseLink;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.journal.postgres.ServerCommit;
import com.bistro92.menu.MenuChanged;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.print.FakePrinter;
import com.bistro92.print.Printer;
import com.bistro92.print.PrinterSetup;
import com.bistro92.problem.Problem;
import com.bistro92.settings.Settings;
import com.bistro92.settings.SettingsChanged;
import com.bistro92.table.TableEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two suite nodes on one PostgreSQL database (the main PC and the back office): each hears what the
 * other commits, once, in {@code seq} order and typed as its own events, without writing anything
 * itself; and what each keeps in memory follows the other's changes (the menu, the settings, the
 * seated tables, the tables made up for an order).
 */
class TwoNodesTest {

    private static final Duration HEARD_WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private Bistro92 front;
    private Bistro92 back;
    private final BlockingQueue<LoggedEvent> heardAtTheBack = new LinkedBlockingQueue<>();
    private final BlockingQueue<LoggedEvent> heardAtTheFront = new LinkedBlockingQueue<>();

    @BeforeEach
    void startTwoNodes() throws Exception {
        PostgresAddress database = TestDatabase.databaseOf(data);
        front = CheapStart.start(new Options(true, false, 0, data).onDatabase(database), Clock.systemUTC());
        Path backOffice = Files.createDirectory(data.resolve("back-office"));
        back = CheapStart.start(new Options(true, false, 0, backOffice).onDatabase(database), Clock.systemUTC());
        back.events().subscribe(LoggedEvent.class, heardAtTheBack::add);
        front.events().subscribe(LoggedEvent.class, heardAtTheFront::add);
    }

    @AfterEach
    void stop() {
        back.close();
        front.close();
    }

    private static NewOrder order(String table, String item) {
        return new NewOrder(table, List.of(new NewOrder.Line(item, 1, "")), "", OrderSource.SEED, null);
    }

    /** The next event {@code node} hears, within a few seconds. */
    private static LoggedEvent next(BlockingQueue<LoggedEvent> heard) throws InterruptedException {
        LoggedEvent event = heard.poll(HEARD_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("an event heard within " + HEARD_WITHIN).isNotNull();
        return event;
    }

    @Test
    void theSecondNodeFoundTheRestaurantSeededOnceAndBothShareOneLog() {
        assertThat(back.menu().menu().categories()).hasSameSizeAs(front.menu().menu().categories());
        assertThat(back.staff().members()).hasSameSizeAs(front.staff().members());
        assertThat(back.journal().lastSeq()).isEqualTo(front.journal().lastSeq());
    }

    @Test
    void eachNodeHearsTheOthersOrdersOnceInSeqOrderTypedAsItsOwn() throws Exception {
        Order first = front.orders().place(order("Table 2", "Espresso")).join().order();
        LoggedEvent heard = next(heardAtTheBack);
        assertThat(heard).isInstanceOfSatisfying(OrderEvent.Placed.class, placed -> {
            assertThat(placed.order()).isEqualTo(first);
            assertThat(placed.seq()).isEqualTo(front.journal().lastSeq());
        });
        assertThat(back.journal().lastSeq()).isEqualTo(heard.seq());

        Order second = back.orders().place(order("Table 3", "Espresso")).join().order();
        LoggedEvent own = next(heardAtTheBack);
        assertThat(own.seq()).as("the next number of the one log").isEqualTo(heard.seq() + 1);
        assertThat(next(heardAtTheFront).seq()).isEqualTo(heard.seq());
        LoggedEvent fromTheBack = next(heardAtTheFront);
        assertThat(fromTheBack).isInstanceOfSatisfying(OrderEvent.Placed.class,
                placed -> assertThat(placed.order()).isEqualTo(second));
        assertThat(fromTheBack.json()).isEqualTo(own.json());

        front.orders().changeStatus(second.id(), OrderStatus.RECEIVED, null).join();
        assertThat(next(heardAtTheFront)).isInstanceOf(OrderEvent.StatusChanged.class);
        LoggedEvent moved = next(heardAtTheBack);
        assertThat(moved).isInstanceOfSatisfying(OrderEvent.StatusChanged.class, changed -> {
            assertThat(changed.from()).as("the status before, read from the log").isEqualTo(OrderStatus.PLACED);
            assertThat(changed.order().status()).isEqualTo(OrderStatus.RECEIVED);
        });
        assertThat(heardAtTheBack).as("nothing heard twice").isEmpty();
        assertThat(back.logVerifier().verify().intact()).isTrue();
    }

    @Test
    void anItem86edOnOneNodeIsRefusedOnTheOther() throws Exception {
        int espresso = front.menu().byName("Espresso").orElseThrow().id();
        front.menuChanges().setAvailability(espresso, false).join();
        assertThat(next(heardAtTheBack)).isInstanceOf(MenuChanged.class);
        assertThat(back.menu().byId(espresso).orElseThrow().available()).isFalse();
        assertThatThrownBy(() -> back.orders().place(order("Table 2", "Espresso")).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(Problem.class);
    }

    @Test
    void settingsChangedOnOneNodeHoldOnTheOther() throws Exception {
        Settings now = front.settings().current();
        front.settings().change(now.withWebPads(new Settings.WebPads(Duration.ofMinutes(7), true)), null).join();
        assertThat(next(heardAtTheBack)).isInstanceOfSatisfying(SettingsChanged.class,
                changed -> assertThat(changed.settings().webPads().idleClear()).isEqualTo(Duration.ofMinutes(7)));
        assertThat(back.settings().current().webPads().guestsOpenTables()).isTrue();
    }

    @Test
    void aTableSeatedOnOneNodeCannotBeSeatedAgainOnTheOther() throws Exception {
        front.sessions().seat(4, 2).join();
        assertThat(next(heardAtTheBack)).isInstanceOf(TableEvent.Seated.class);
        assertThat(back.sessions().seatedSince(4)).isPresent();
        assertThatThrownBy(() -> back.sessions().seat(4, 3).join()).cause()
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
        front.sessions().close(4).join();
        assertThat(next(heardAtTheBack)).isInstanceOf(TableEvent.Closed.class);
        assertThat(back.sessions().seatedSince(4)).isEmpty();
        assertThat(back.sessions().seat(4, 3).join().guests()).isEqualTo(3);
    }

    @Test
    void aTableMadeUpForAnOrderOnOneNodeIsTheSameTableOnTheOther() throws Exception {
        Order terrace = front.orders().place(order("Terrace 9", "Espresso")).join().order();
        next(heardAtTheBack);
        Order again = back.orders().place(order("terrace 9", "Espresso")).join().order();
        assertThat(again.tableId()).as("no second Terrace 9").isEqualTo(terrace.tableId());
    }

    @Test
    void onePrinterSetUpOnOneNodePrintsEachTicketOnceWhicheverNodeTookTheOrder() throws Exception {
        try (FakePrinter grill = new FakePrinter()) {
            Printer printer = front.printers().save(null, new PrinterSetup("Grill", "127.0.0.1", grill.port(), 80,
                    List.of("GRILL"), false, false, null, null), null).join();
            await(() -> back.printers().printer(printer.id()).isPresent());
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Bistro92 node = i % 2 == 0 ? front : back;
                ids.add(node.orders().place(order("Table " + (i + 1), "Classic Burger")).join().order().id());
            }
            await(() -> grill.slips().size() >= 6);
            long last = front.journal().lastSeq();
            // both nodes have read the log past the last order: neither prints anything more
            await(() -> back.journal().lastSeq() >= last);
            Order one = front.orders().place(order("Table 9", "Espresso")).join().order();
            await(() -> back.orders().find(one.id()).isPresent());
            assertThat(grill.slips()).as("each ticket once, though both nodes follow the printer").hasSize(6);
            assertThat(grill.slips().stream().map(FakePrinter.Slip::text).toList())
                    .allSatisfy(text -> assertThat(text).contains("Classic Burger"));
            for (long id : ids) {
                assertThat(grill.slips().stream().filter(s -> s.text().contains("#" + id + "\n"))).hasSize(1);
            }
        }
    }

    @Test
    void aNodeStuckHoldingTheDatabaseGetsTheOthersA503NotAHang() throws Exception {
        PostgresAddress database = TestDatabase.databaseOf(data);
        try (Connection stuck = DriverManager.getConnection(database.jdbcUrl(), database.user(), "")) {
            stuck.setAutoCommit(false);
            try (Statement s = stuck.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + ServerCommit.WRITER_LOCK + ")");
            }
            long before = front.orders().count();
            assertThatThrownBy(() -> front.orders().place(order("Table 2", "Espresso")).join()).cause()
                    .isInstanceOfSatisfying(Problem.class, p -> {
                        assertThat(p.status()).isEqualTo(503);
                        assertThat(p.retryAfterSeconds()).isPositive();
                    });
            stuck.rollback();
            assertThat(front.orders().count()).as("nothing written").isEqualTo(before);
        }
        assertThat(front.orders().place(order("Table 2", "Espresso")).join().order().id()).isPositive();
    }

    /** Closes the database to connections and ends every session on it, as if its server had gone; or opens it again. */
    private void databaseAway(boolean away) throws Exception {
        String name = TestDatabase.databaseOf(data).name();
        try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !away);
            if (away) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        }
    }

    @Test
    void bothNodesSayTheDatabaseIsGoneAndGoOnByThemselvesWhenItIsBack() throws Exception {
        BlockingQueue<DatabaseLink> backLinks = new LinkedBlockingQueue<>();
        back.events().subscribe(DatabaseLink.class, backLinks::add);
        BlockingQueue<DatabaseLink> frontLinks = new LinkedBlockingQueue<>();
        front.events().subscribe(DatabaseLink.class, frontLinks::add);
        databaseAway(true);
        try {
            assertThatThrownBy(() -> front.orders().place(order("Table 2", "Espresso")).join()).cause()
                    .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(503));
            DatabaseLink lost = backLinks.poll(HEARD_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(lost).as("the idle node says so by itself").isEqualTo(new DatabaseLink(false));
            assertThat(back.journal().databaseReachable()).isFalse();
        } finally {
            databaseAway(false);
        }
        assertThat(backLinks.poll(HEARD_WITHIN.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(new DatabaseLink(true));
        DatabaseLink frontBack;
        do {
            frontBack = frontLinks.poll(HEARD_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frontBack).as("the front reconnects by itself").isNotNull();
        } while (!frontBack.reachable());
        Order after = front.orders().place(order("Table 2", "Espresso")).join().order();
        long id = after.id();
        LoggedEvent heard;
        do {
            heard = next(heardAtTheBack);
        } while (!(heard instanceof OrderEvent.Placed placed && placed.order().id() == id));
        assertThat(back.logVerifier().verify().intact()).isTrue();
    }
}
