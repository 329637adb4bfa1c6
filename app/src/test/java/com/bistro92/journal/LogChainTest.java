package com.bistro92.journal;

import static com.bistro92.db.Tables.APP_META;
import static com.bistro92.db.Tables.ORDER_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.TestApp;
import com.bistro92.journal.PowerCutFileSystem.Disk;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.Placement;
import com.bistro92.problem.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event log's hash chain: written by the writer in seq order, and every change to a row is found. */
class LogChainTest {

    @TempDir
    Path data;

    /** An event a test logs itself. */
    private record Note(long seq) implements LoggedEvent {
        @Override
        public String type() {
            return "note";
        }

        @Override
        public String json() {
            return "{\"type\":\"note\",\"seq\":" + seq + "}";
        }

        @Override
        public Integer tableId() {
            return null;
        }

        @Override
        public boolean staffOnly() {
            return true;
        }
    }

    private static NewOrder espresso(String table) {
        return new NewOrder(table, List.of(new NewOrder.Line("Espresso", 1, "")), "", OrderSource.SEED, null);
    }

    private static void place(Bistro92 app, int orders) {
        for (int i = 0; i < orders; i++) {
            app.orders().place(espresso("Table " + (1 + i % 12))).join();
        }
    }

    private static LogCheck.Intact assertIntact(LogCheck check, long events) {
        assertThat(check).isInstanceOf(LogCheck.Intact.class);
        LogCheck.Intact intact = (LogCheck.Intact) check;
        assertThat(intact.count()).isEqualTo(events);
        assertThat(intact.lastSeq()).isEqualTo(events);
        return intact;
    }

    @Test
    void appendedEventsFormAnIntactChainReadPageByPage() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            assertIntact(app.app().logVerifier().verify(), 0);
            place(app.app(), 7);
            DSLContext db = app.app().database().dsl();
            assertIntact(new LogVerifier(db, 2).verify(), 7);
            assertThat(db.fetchCount(ORDER_EVENT, ORDER_EVENT.HASH.isNull())).isZero();
            byte[] first = db.select(ORDER_EVENT.HASH).from(ORDER_EVENT).where(ORDER_EVENT.SEQ.eq(1L))
                    .fetchOne(ORDER_EVENT.HASH);
            var row = db.selectFrom(ORDER_EVENT).where(ORDER_EVENT.SEQ.eq(1L)).fetchOne();
            assertThat(first).as("the first event follows 32 zero bytes").isEqualTo(LogChain.link(new byte[32],
                    new LogRow(1, row.getType(), row.getOrderId(), row.getTableId(), row.getCreatedAt(),
                            row.getPayload(), row.getStaffOnly())));
        }
    }

    @Test
    void aPayloadEditedThroughPlainSqlIsReportedAtExactlyItsSeq() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            place(app.app(), 5);
            LogCheck.Intact before = assertIntact(app.app().logVerifier().verify(), 5);
            int changed = app.app().database().dsl().update(ORDER_EVENT)
                    .set(ORDER_EVENT.PAYLOAD, ORDER_EVENT.PAYLOAD.replace("Espresso", "Espresso x2"))
                    .where(ORDER_EVENT.SEQ.eq(3L)).execute();
            assertThat(changed).isOne();
            assertThat(app.app().logVerifier().verify()).isEqualTo(
                    new LogCheck.Broken(3, "its content or its hash was changed"));
            assertThat(new LogVerifier(app.app().database().dsl(), 2).verify())
                    .isInstanceOfSatisfying(LogCheck.Broken.class, b -> assertThat(b.seq()).isEqualTo(3));
            assertThat(app.app().logVerifier().verifyAfter(before)).as("a check from #5 on sees only what follows")
                    .isEqualTo(before);
        }
    }

    @Test
    void aMissingEventIsReportedWhereTheChainBreaks() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            place(app.app(), 4);
            app.app().database().dsl().deleteFrom(ORDER_EVENT).where(ORDER_EVENT.SEQ.eq(2L)).execute();
            assertThat(app.app().logVerifier().verify()).isEqualTo(new LogCheck.Broken(3, "event #2 is missing"));
        }
    }

    /** Holds the writer until released, so that everything submitted meanwhile forms one group. */
    private static CountDownLatch holdTheWriter(Journal journal) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        journal.submit(tx -> {
            holding.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    @Test
    void refusedCommandsInsideAGroupLeaveTheChainIntact() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            Bistro92 suite = app.app();
            Journal journal = suite.journal();
            place(suite, 2);
            CountDownLatch release = holdTheWriter(journal);
            CompletableFuture<Placement> first = suite.orders().place(espresso("Table 1"));
            // logs an event, then refuses before writing anything else
            CompletableFuture<Object> staged = journal.submit(tx -> {
                tx.log(Note::new);
                throw Problem.conflict("Refused", "changed its mind");
            });
            // logs an event that a write then flushes after the savepoint, then refuses
            CompletableFuture<Object> written = journal.submit(tx -> {
                tx.log(Note::new);
                tx.sql().insertInto(APP_META).set(APP_META.META_KEY, "refused.row").set(APP_META.META_VALUE, "x")
                        .execute();
                throw Problem.conflict("Refused", "changed its mind too");
            });
            CompletableFuture<Note> kept = journal.submit(tx -> tx.log(Note::new));
            CompletableFuture<Placement> last = suite.orders().place(espresso("Table 2"));
            release.countDown();

            assertThat(staged).failsWithin(Duration.ofSeconds(30));
            assertThat(written).failsWithin(Duration.ofSeconds(30));
            first.get(30, TimeUnit.SECONDS);
            assertThat(kept.get(30, TimeUnit.SECONDS).seq()).isEqualTo(4);
            last.get(30, TimeUnit.SECONDS);
            assertThat(journal.lastSeq()).isEqualTo(5);
            assertIntact(suite.logVerifier().verify(), 5);
            place(suite, 1);
            assertIntact(suite.logVerifier().verify(), 6);
        }
    }

    @Test
    void eventsLoggedBeforeTheChainAreChainedOnceAtStart() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            place(app.app(), 4);
        }
        // as a database from before the chain: no hashes, and the log not chained yet
        try (TestApp app = TestApp.start(data)) {
            DSLContext db = app.app().database().dsl();
            db.update(ORDER_EVENT).setNull(ORDER_EVENT.HASH).execute();
            db.update(APP_META).set(APP_META.META_VALUE, ChainBacklog.PENDING)
                    .where(APP_META.META_KEY.eq(ChainBacklog.MARKER)).execute();
        }
        try (TestApp app = TestApp.start(data)) {
            assertIntact(app.app().logVerifier().verify(), 4);
            place(app.app(), 1);
            assertIntact(app.app().logVerifier().verify(), 5);
            // once chained, a hash removed is a break, not a row to chain again
            app.app().database().dsl().update(ORDER_EVENT).setNull(ORDER_EVENT.HASH)
                    .where(ORDER_EVENT.SEQ.eq(2L)).execute();
        }
        try (TestApp app = TestApp.start(data)) {
            assertThat(app.app().logVerifier().verify()).isEqualTo(new LogCheck.Broken(2, "it has no hash"));
        }
    }

    @Test
    void theBacklogIsChainedPageByPageAndTheWriterGoesOnFromItsHead() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            Bistro92 suite = app.app();
            place(suite, 5);
            suite.database().dsl().update(ORDER_EVENT).setNull(ORDER_EVENT.HASH).execute();
            List<Integer> pages = new java.util.ArrayList<>();
            int page;
            do {
                page = suite.journal().submit(new ChainBacklog(2)).join();
                pages.add(page);
            } while (page > 0);
            assertThat(pages).containsExactly(2, 2, 1, 0);
            place(suite, 2);
            assertIntact(suite.logVerifier().verify(), 7);
        }
    }

    @Test
    void theChainHoldsAfterAPowerCutAndTheJournalsReplay() throws Exception {
        PowerCutFileSystem.register();
        Disk disk = PowerCutFileSystem.disk();
        Bistro92.Storage storage = new Bistro92.Storage(PowerCutFileSystem.PREFIX, Duration.ofHours(1));
        Options options = new Options(true, false, 0, data);
        try {
            Bistro92 app = CheapStart.start(options, Clock.systemDefaultZone(), storage);
            place(app, 6);
            // the database has not written these groups; only the journal holds them
            disk.cut(Disk.Loss.ALL, new Random(7));
            try {
                app.close();
            } catch (RuntimeException expected) {
                // nothing can be written any more
            }
            disk.restore();
            try (Bistro92 again = CheapStart.start(options, Clock.systemDefaultZone(), storage)) {
                assertThat(again.recovered()).as("groups replayed from the journal").isPositive();
                assertIntact(again.logVerifier().verify(), 6);
                place(again, 2);
                assertIntact(again.logVerifier().verify(), 8);
            }
        } finally {
            disk.restore();
        }
    }
}
