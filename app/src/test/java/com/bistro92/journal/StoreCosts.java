package com.bistro92.journal;

import com.bistro92.store.Database;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What durability costs H2 here, alone on one thread and without HTTP: each order is one order
 * row, three lines and one event row, inserted in batches, one commit per group. It compares
 * making each group durable in the database file itself ({@code CHECKPOINT SYNC} after each
 * commit) with the journal's way (H2 writes lazily; the group's redo is written to a preallocated
 * file opened with {@code O_DSYNC}), and prints orders per second, the time per group and the
 * database file's size per 10,000 orders. Not a test: run it with
 * {@code ./mvnw -q -pl app -am test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=com.bistro92.journal.StoreCosts}.
 */
public final class StoreCosts {

    private static final int ORDERS = 20_000;
    private static final String PAYLOAD = "{\"type\":\"new_order\",\"seq\":1,\"order\":{" + "x".repeat(700) + "}}";

    private StoreCosts() {
    }

    public static void main(String[] args) throws Exception {
        // the same work once, unreported, so that the JIT has compiled it before anything is measured
        run("journal", 20, ORDERS, false);
        System.out.println("| durability | group of | orders/s | group p50 | group p99 | file per 10,000 orders |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int group : new int[] {1, 20}) {
            for (String mode : new String[] {"none", "checkpoint-sync", "journal"}) {
                run(mode, group, group == 1 ? 3_000 : ORDERS, true);
            }
        }
    }

    private static void run(String mode, int group, int orders, boolean report) throws Exception {
        Path dir = Files.createTempDirectory("store-costs");
        try (Database db = Database.open(dir)) {
            db.migrate();
            try (Connection c = db.newConnection();
                 FileChannel journal = FileChannel.open(dir.resolve("journal"), StandardOpenOption.CREATE,
                         StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
                preallocate(journal);
                c.createStatement().execute("INSERT INTO dining_table(id, label, label_key, created_at) "
                        + "VALUES (9999, 'Bench', 'bench', CURRENT_TIMESTAMP)");
                c.setAutoCommit(false);
                long[] times = insert(c, journal, mode, group, orders);
                long size = Files.size(dir.resolve("bistro92.mv.db"));
                if (!report) {
                    return;
                }
                Arrays.sort(times);
                double seconds = Arrays.stream(times).sum() / 1e9;
                System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.2f ms | %.2f ms | %.1f MB |%n", mode, group,
                        orders / seconds, times[times.length / 2] / 1e6, times[(int) (times.length * 0.99)] / 1e6,
                        size / 1e6 * 10_000 / orders);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long[] insert(Connection c, FileChannel journal, String mode, int group, int orders)
            throws SQLException, IOException {
        long[] times = new long[orders / group];
        long line = 0;
        long position = 0;
        ByteBuffer redo = ByteBuffer.allocate(1_600 * group);
        try (PreparedStatement order = c.prepareStatement("INSERT INTO customer_order (id, table_id, source, status,"
                + " notes, total, has_open_items, version, created_at, updated_at) VALUES (?, 9999, 'SEED', 'PLACED',"
                + " '', ?, FALSE, 1, ?, ?)");
             PreparedStatement lines = c.prepareStatement("INSERT INTO order_line (id, order_id, line_no, name,"
                     + " unit_price, quantity, line_total, open_item) VALUES (?, ?, ?, 'Item', 4.50, 2, 9.00, TRUE)");
             PreparedStatement event = c.prepareStatement("INSERT INTO order_event (seq, type, order_id, table_id,"
                     + " created_at, payload) VALUES (?, 'new_order', ?, 9999, ?, ?)");
             Statement sync = c.createStatement()) {
            for (int g = 0; g < times.length; g++) {
                long start = System.nanoTime();
                for (int i = 1; i <= group; i++) {
                    long id = (long) g * group + i;
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    order.setLong(1, id);
                    order.setBigDecimal(2, new BigDecimal("27.00"));
                    order.setObject(3, now);
                    order.setObject(4, now);
                    order.addBatch();
                    for (int no = 1; no <= 3; no++) {
                        lines.setLong(1, ++line);
                        lines.setLong(2, id);
                        lines.setInt(3, no);
                        lines.addBatch();
                    }
                    event.setLong(1, id);
                    event.setLong(2, id);
                    event.setObject(3, now);
                    event.setString(4, PAYLOAD);
                    event.addBatch();
                }
                order.executeBatch();
                lines.executeBatch();
                event.executeBatch();
                if (mode.equals("journal")) {
                    redo.clear().limit(redo.capacity());
                    position += journal.write(redo, position % (16L << 20));
                }
                c.commit();
                if (mode.equals("checkpoint-sync")) {
                    sync.execute("CHECKPOINT SYNC");
                }
                times[g] = System.nanoTime() - start;
            }
        }
        return times;
    }

    private static void preallocate(FileChannel file) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
        for (long at = 0; at < (16L << 20) + (1 << 20); at += zeros.capacity()) {
            zeros.clear();
            file.write(zeros, at);
        }
    }
}
