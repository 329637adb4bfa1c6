package com.bistro92.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.journal.PowerCutFileSystem.Disk;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.problem.Problem;
import com.bistro92.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means on the disk, through a power cut. The suite runs on a file system that
 * throws away every write not yet forced to the disk when the power is cut; the power is cut at
 * many points (in the middle of a group, of a journal append, of a checkpoint) while clients
 * change orders, tables, pads and calls. After each cut the suite starts again on what survived:
 * it must open cleanly and hold every change it acknowledged.
 */
class PowerCutTest {

    private static final int ROUNDS = 24;
    private static final int CLIENTS = 3;
    private static final Duration CHECKPOINT_EVERY = Duration.ofMillis(150);

    @TempDir
    Path data;
    private final Disk disk = PowerCutFileSystem.disk();

    @BeforeAll
    static void registerFileSystem() {
        PowerCutFileSystem.register();
    }

    @AfterEach
    void powerUp() {
        disk.restore();
    }

    private Bistro92 start() throws Exception {
        return CheapStart.start(new Options(true, false, 0, data), Clock.systemDefaultZone(),
                new Bistro92.Storage(PowerCutFileSystem.PREFIX, CHECKPOINT_EVERY));
    }

    @Test
    void everyAcknowledgedChangeSurvivesPowerCutsAtManyPoints() throws Exception {
        Random random = new Random(92);
        Ledger ledger = new Ledger();
        int recovered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Bistro92 app = start();
            recovered += app.recovered();
            ledger.assertHeldBy(app);
            // early rounds cut within a few writes of the start, later ones deeper into the work
            disk.cutAfter(1 + random.nextInt(round < 6 ? 40 : 600));
            PowerCutFileSystem.Disk.Loss loss = random.nextBoolean()
                    ? PowerCutFileSystem.Disk.Loss.ALL : PowerCutFileSystem.Disk.Loss.TORN_PREFIX;
            runUntilTheCut(app, ledger, random.nextLong(), loss, random);
            closeAfterTheCut(app);
            disk.restore();
        }
        try (Bistro92 app = start()) {
            recovered += app.recovered();
            ledger.assertHeldBy(app);
        }
        assertThat(ledger.orders).as("orders acknowledged over all rounds").hasSizeGreaterThan(200);
        assertThat(ledger.acknowledged()).isGreaterThan(ledger.orders.size());
        assertThat(recovered).as("groups the database had lost and the journal gave back").isPositive();
    }

    private void runUntilTheCut(Bistro92 app, Ledger ledger, long seed, Disk.Loss loss, Random random)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<Integer> tables = List.of(1 + c, 4 + c, 7 + c, 10 + c);
                running.add(clients.submit(new Load(app, ledger, tables, seed + c,
                        () -> disk.isDead() || System.nanoTime() > deadline)));
            }
            for (Future<?> client : running) {
                client.get(60, TimeUnit.SECONDS);
            }
        }
        // a cut that the writes did not reach in time happens now, at a random point of the idle server
        disk.cut(loss, random);
    }

    private static void closeAfterTheCut(Bistro92 app) {
        try {
            app.close();
        } catch (RuntimeException expected) {
            // nothing can be written any more: closing may fail, as pulling the plug would
            return;
        }
    }

    @Test
    void thePowerCutLosesWhatWasNotForced() throws Exception {
        try (Bistro92 app = start()) {
            app.orders().place(new NewOrder("Table 2", List.of(new NewOrder.Line("Espresso", 1, "")), "",
                    OrderSource.SEED, null)).join();
        }
        Database db = Database.open(data, PowerCutFileSystem.PREFIX);
        try (Connection c = db.newConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
            s.execute("INSERT INTO app_meta VALUES ('written.around.the.journal', 'x')");
            disk.cut(Disk.Loss.ALL, new Random(1));
        }
        db.close();
        disk.restore();
        Database reopened = Database.open(data, PowerCutFileSystem.PREFIX);
        try (Connection c = reopened.newConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM app_meta WHERE meta_key = 'written.around.the.journal'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("a commit that was never forced is gone after the cut").isZero();
        } finally {
            reopened.close();
        }
        try (Bistro92 app = start()) {
            assertThat(app.orders().count()).as("the order the journal acknowledged is there").isEqualTo(1);
        }
    }

    @Test
    void whileTheJournalsDiskRefusesWritesChangesAre503AndNothingIsKept() throws Exception {
        try (Bistro92 app = start()) {
            NewOrder espresso = new NewOrder("Table 3", List.of(new NewOrder.Line("Espresso", 2, "")), "",
                    OrderSource.SEED, null);
            long before = app.journal().lastSeq();
            // the journal's files refuse: H2's own lazy writes are left alone, since a database file
            // that refuses one closes the database for good (the suite then needs a restart)
            disk.failWrites(true, ".journal.");
            for (int i = 0; i < 3; i++) {
                var refused = app.orders().place(espresso);
                assertThat(refused).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                        .havingCause().isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(503));
            }
            assertThat(app.orders().count()).as("nothing of the refused orders is visible").isZero();
            assertThat(app.journal().lastSeq()).isEqualTo(before);
            disk.failWrites(false);
            long id = app.orders().place(espresso).join().order().id();
            assertThat(app.orders().count()).isEqualTo(1);
            assertThat(app.journal().lastSeq()).isEqualTo(before + 1);
            assertThat(app.orders().find(id)).isPresent();
        } catch (CompletionException e) {
            throw new AssertionError("the writer did not go on once the disk was back", e);
        }
    }
}
