package com.bistro92.history;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.TestApp;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Result;

/**
 * What exporting the order history costs the heap, for a day's worth of orders against a year's:
 * fills a scratch database with 3,000 orders, then another with 300,000 (straight jOOQ batch
 * inserts, 1 to 4 lines each, spread over a year), exports each to CSV and measures the live heap
 * during the export. A sampler thread collects the garbage every half second and reads what is left,
 * so the figure is what the export keeps, not what it has thrown away; the forced collections slow
 * the export down, so its speed is timed once more without them. Then it times the History
 * screen's page queries on the year of orders.
 *
 * <p>Not a test; run it with
 * {@code ./mvnw -q -pl app -am test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=com.bistro92.history.HistoryExportBench}
 * (add {@code -Drun.flags="--enable-native-access=ALL-UNNAMED -XX:+UseG1GC"} for the figures in docs/performance.md:
 * G1 reports the heap after a collection more precisely than ZGC's pages do).
 */
public final class HistoryExportBench {

    private static final int SMALL = 3_000;
    private static final int LARGE = 300_000;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private record Measured(int orders, long rows, long baseline, long livePeak, long rawPeak, Duration took,
                            long fileBytes) {
        long growth() {
            return Math.max(0, livePeak - baseline);
        }
    }

    private HistoryExportBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Heap: max %d MB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        // both databases open at once, so that both exports are measured over the same live heap
        try (TestApp day = TestApp.start(Files.createTempDirectory("bistro92-history-3k"), Clock.systemUTC());
             TestApp year = TestApp.start(Files.createTempDirectory("bistro92-history-300k"), Clock.systemUTC())) {
            fill(day, SMALL);
            fill(year, LARGE);
            export(day).get();
            export(day).get();
            Measured small = measure(SMALL, export(day), day.data().resolve("export.csv"));
            Measured large = measure(LARGE, export(year), year.data().resolve("export.csv"));
            Measured smallAgain = measure(SMALL, export(day), day.data().resolve("export.csv"));
            long start = System.nanoTime();
            long rows = export(year).get();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println();
            System.out.println("orders   rows written  file MB  took s  live heap before MB  live peak MB  growth MB"
                    + "  raw peak MB");
            for (Measured m : List.of(small, large, smallAgain)) {
                System.out.printf("%,7d  %,12d  %7.1f  %6.1f  %19.1f  %12.1f  %9.1f  %11.1f%n", m.orders(), m.rows(),
                        m.fileBytes() / 1e6, m.took().toMillis() / 1e3, mb(m.baseline()), mb(m.livePeak()),
                        mb(m.growth()), mb(m.rawPeak()));
            }
            System.out.printf("%nPeak live heap during the export, 300,000 against 3,000 orders: %.2f×"
                            + " (%.1f MB against %.1f MB; growth over the heap before it: %.1f MB against %.1f MB)%n",
                    (double) large.livePeak() / small.livePeak(), mb(large.livePeak()), mb(small.livePeak()),
                    mb(large.growth()), mb(small.growth()));
            System.out.printf("Unsampled export of %,d orders: %.1f s, %,.0f orders/s%n", rows, seconds,
                    rows / seconds);
            timePages(year.app().history());
        }
    }

    private static void fill(TestApp app, int orders) {
        long start = System.nanoTime();
        fill(app.app().database().dsl(), orders);
        System.out.printf("Filled %,d orders in %.1f s%n", orders, (System.nanoTime() - start) / 1e9);
    }

    private static Supplier<Long> export(TestApp app) {
        OrderHistory history = app.app().history();
        Path out = app.data().resolve("export.csv");
        return () -> {
            try {
                return history.export(HistoryFilter.ALL, out, ZoneId.systemDefault(), Currency.getInstance("EUR"),
                        (n, t) -> { }, () -> false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static Measured measure(int orders, Supplier<Long> export, Path out) throws Exception {
        long baseline = liveHeap();
        AtomicLong livePeak = new AtomicLong(baseline);
        AtomicLong rawPeak = new AtomicLong(MEMORY.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().name("heap-sampler").start(() -> {
            long ticks = 0;
            while (running.get()) {
                rawPeak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                if (++ticks % 50 == 0) {
                    livePeak.accumulateAndGet(liveHeap(), Math::max);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        long rows = export.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        running.set(false);
        sampler.join();
        return new Measured(orders, rows, baseline, livePeak.get(), rawPeak.get(), took, Files.size(out));
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long liveHeap() {
        MEMORY.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Median times of the History screen's reads on the filled database. */
    private static void timePages(OrderHistory history) {
        long newest = history.page(HistoryFilter.ALL, null, 1).getFirst().id();
        List<Object[]> cases = List.of(
                new Object[] {"first page, no filter", HistoryFilter.ALL, null},
                new Object[] {"page 1,000 pages down", HistoryFilter.ALL, newest - 200_000},
                new Object[] {"last page", HistoryFilter.ALL, 150L},
                new Object[] {"table 7", HistoryFilter.ALL.withTable(7), null},
                new Object[] {"item \"salmon\"", new HistoryFilter(null, null, null, null, "salmon", null, null, null), null},
                new Object[] {"total 50 to 60", new HistoryFilter(null, null, null, null, null, new BigDecimal("50"),
                        new BigDecimal("60"), null), null},
                new Object[] {"notes \"allergy\"", new HistoryFilter(null, null, null, null, null, null, null, "allergy"), null},
                new Object[] {"one week in March", new HistoryFilter(Instant.now().minus(Duration.ofDays(250)),
                        Instant.now().minus(Duration.ofDays(243)), null, null, null, null, null, null), null});
        System.out.println();
        System.out.println("History screen reads on 300,000 orders (median of 3)   page of 200 ms   count ms");
        for (Object[] c : cases) {
            HistoryFilter f = (HistoryFilter) c[1];
            Long before = (Long) c[2];
            long page = median(() -> history.page(f, before, 200));
            long count = median(() -> history.count(f));
            System.out.printf("%-55s %14d %10d%n", c[0], page, count);
        }
    }

    private static long median(Runnable read) {
        long[] ms = new long[3];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            read.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms[1];
    }

    /** Orders spread evenly over the last year, 1 to 4 lines of the demo menu each; a few with notes. */
    private static void fill(DSLContext sql, int orders) {
        Result<Record4<Integer, String, BigDecimal, String>> menu = sql.select(MENU_ITEM.ID, MENU_ITEM.NAME,
                MENU_ITEM.PRICE, MENU_ITEM.STATION).from(MENU_ITEM).orderBy(MENU_ITEM.ID).fetch();
        Random random = new Random(92);
        Instant start = Instant.now().minus(Duration.ofDays(365));
        long step = Duration.ofDays(365).toMillis() / orders;
        String[] statuses = {"DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED",
            "DELIVERED", "DELIVERED", "DELIVERED", "CANCELLED"};
        String[] notes = {"", "", "", "", "", "", "", "Nut allergy", "Birthday, bring a candle", "Window table"};
        long[] lineId = {0};
        int chunk = 2_000;
        for (int from = 1; from <= orders; from += chunk) {
            int first = from;
            int last = Math.min(from + chunk - 1, orders);
            sql.transaction(tx -> {
                DSLContext c = tx.dsl();
                var orderInsert = c.insertInto(CUSTOMER_ORDER, CUSTOMER_ORDER.ID, CUSTOMER_ORDER.TABLE_ID,
                        CUSTOMER_ORDER.SOURCE, CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.NOTES, CUSTOMER_ORDER.TOTAL,
                        CUSTOMER_ORDER.VERSION, CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.UPDATED_AT);
                var lineInsert = c.insertInto(ORDER_LINE, ORDER_LINE.ID, ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO,
                        ORDER_LINE.MENU_ITEM_ID, ORDER_LINE.NAME, ORDER_LINE.UNIT_PRICE, ORDER_LINE.QUANTITY,
                        ORDER_LINE.LINE_TOTAL, ORDER_LINE.STATION);
                for (long id = first; id <= last; id++) {
                    Instant at = start.plusMillis(step * id);
                    BigDecimal total = BigDecimal.ZERO.setScale(2);
                    int lines = 1 + random.nextInt(4);
                    for (int no = 1; no <= lines; no++) {
                        var item = menu.get(random.nextInt(menu.size()));
                        int quantity = 1 + random.nextInt(3);
                        BigDecimal lineTotal = item.value3().multiply(BigDecimal.valueOf(quantity));
                        total = total.add(lineTotal);
                        lineInsert = lineInsert.values(++lineId[0], id, no, item.value1(), item.value2(),
                                item.value3(), quantity, lineTotal, item.value4());
                    }
                    orderInsert = orderInsert.values(id, 1 + random.nextInt(12), "PAD",
                            statuses[random.nextInt(statuses.length)], notes[random.nextInt(notes.length)], total, 5,
                            at, at);
                }
                orderInsert.execute();
                lineInsert.execute();
            });
        }
    }
}
