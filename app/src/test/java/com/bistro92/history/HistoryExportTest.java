package com.bistro92.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.TestApp;
import com.bistro92.bill.Payment;
import com.bistro92.bill.PaymentRequest;
import com.bistro92.bill.RefundRequest;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's CSV export: a file spreadsheets read right, exact money, and nothing left by a cancel. */
class HistoryExportTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path data;
    @TempDir
    Path out;
    TestApp app;
    OrderHistory history;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        history = app.app().history();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Order place(String table, String notes, String item, int quantity) {
        return app.app().orders().place(new NewOrder(table, List.of(new NewOrder.Line(item, quantity, "")), notes,
                OrderSource.STAFF, null)).join().order();
    }

    private static List<CSVRecord> parse(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void theFileHasABomRfc4180QuotingAndExactDecimals() throws Exception {
        String tricky = "Ring \"twice\", then wait\nSecond line";
        Order quoted = place("Table 1", tricky, "Espresso", 3);
        Order plain = place("Table 2", "", "Lemonade", 1);
        Path file = out.resolve("orders.csv");

        long written = history.export(HistoryFilter.ALL, file, ZONE, EUR, (n, of) -> { }, () -> false);

        assertThat(written).isEqualTo(2);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", HistoryCsv.COLUMNS) + "\r\n");
        assertThat(text).contains("\"Ring \"\"twice\"\", then wait\nSecond line\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord newest = rows.get(0);
        CSVRecord oldest = rows.get(1);
        assertThat(newest.get("order_id")).isEqualTo(String.valueOf(plain.id()));
        assertThat(newest.get("total")).isEqualTo("4.00");
        assertThat(newest.get("notes")).isEmpty();
        assertThat(oldest.get("order_id")).isEqualTo(String.valueOf(quoted.id()));
        assertThat(oldest.get("notes")).isEqualTo(tricky);
        // 3 × 2.80 is exactly 8.40: no binary floating point on the way
        assertThat(oldest.get("total")).isEqualTo("8.40");
        assertThat(oldest.get("currency")).isEqualTo("EUR");
        assertThat(oldest.get("items")).isEqualTo("3× Espresso");
        assertThat(oldest.get("item_count")).isEqualTo("3");
        assertThat(oldest.get("table")).isEqualTo("Table 1");
        assertThat(oldest.get("status")).isEqualTo("PLACED");
        assertThat(oldest.get("source")).isEqualTo("STAFF");
        assertThat(OffsetDateTime.parse(oldest.get("created_at")).toInstant()).isEqualTo(quoted.createdAt());
        assertThat(OffsetDateTime.parse(oldest.get("created_at")).getOffset())
                .isEqualTo(ZONE.getRules().getOffset(quoted.createdAt()));
    }

    @Test
    void eachOrderOfAPartyCarriesWhatItsBillWasPaidAndRefunded() throws Exception {
        app.app().sessions().seat(6, 2).join();
        Order first = place("Table 6", "", "Espresso", 2);
        Order second = place("Table 6", "", "Lemonade", 1);
        Order alone = place("Table 7", "", "Espresso", 1);
        app.app().bills().pay(new PaymentRequest(6, Payment.Method.CASH, new BigDecimal("9.00"), null,
                new BigDecimal("10.00"), null)).join();
        app.app().bills().refund(new RefundRequest(6, null, Payment.Method.CASH, new BigDecimal("1.50"), "Cold",
                null, null)).join();
        Path file = out.resolve("bills.csv");

        history.export(HistoryFilter.ALL, file, ZONE, EUR, (n, of) -> { }, () -> false);

        List<CSVRecord> rows = parse(Files.readString(file, StandardCharsets.UTF_8).substring(1));
        assertThat(rows).extracting(r -> r.get("order_id"), r -> r.get("bill_paid"), r -> r.get("bill_refunded"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(alone.id()), "", ""),
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(second.id()), "9.00", "1.50"),
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(first.id()), "9.00", "1.50"));
        assertThat(rows.get(1).get("bill")).isEqualTo(rows.get(2).get("bill")).isNotEmpty();
    }

    @Test
    void aNoteThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        place("Table 3", "=HYPERLINK(\"http://example.com\",\"Click\")", "Espresso", 1);
        place("Table 3", "-1 sugar", "Espresso", 1);
        Path file = out.resolve("formulas.csv");
        history.export(HistoryFilter.ALL, file, ZONE, EUR, (n, of) -> { }, () -> false);
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        List<String> notes = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords().stream().map(r -> r.get("notes")).toList();
        assertThat(notes).containsExactly("'-1 sugar", "'=HYPERLINK(\"http://example.com\",\"Click\")");
    }

    @Test
    void theExportWalksEveryBatchOfTheFilteredOrdersAndReportsItsProgress() throws Exception {
        List<Long> atTable2 = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Order o = place("Table " + (1 + i % 2), "", "Espresso", 1);
            if (o.tableId() == 2) {
                atTable2.add(0, o.id());
            }
        }
        Path file = out.resolve("table-2.csv");
        List<long[]> progress = new ArrayList<>();

        long written = history.export(HistoryFilter.ALL.withTable(2), file, ZONE, EUR,
                (n, of) -> progress.add(new long[] {n, of}), () -> false, 5);

        assertThat(written).isEqualTo(atTable2.size());
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        assertThat(parse(text)).extracting(r -> Long.parseLong(r.get("order_id"))).isEqualTo(atTable2);
        assertThat(progress.getFirst()).containsExactly(0, atTable2.size());
        assertThat(progress.getLast()).containsExactly(atTable2.size(), atTable2.size());
        assertThat(progress).hasSize(1 + (atTable2.size() + 4) / 5);
    }

    @Test
    void aCancelledExportDeletesItsPartialFileAndLeavesAnOlderFileAlone() throws Exception {
        for (int i = 0; i < 30; i++) {
            place("Table 3", "", "Espresso", 1);
        }
        Path fresh = out.resolve("fresh.csv");
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> history.export(HistoryFilter.ALL, fresh, ZONE, EUR, (n, of) -> seen.set(n),
                () -> seen.get() >= 10, 5)).isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isEqualTo(10);
        assertThat(fresh).doesNotExist();
        assertThat(out.resolve("fresh.csv.part")).doesNotExist();

        Path older = out.resolve("older.csv");
        Files.writeString(older, "the export of last week");
        AtomicLong again = new AtomicLong();
        assertThatThrownBy(() -> history.export(HistoryFilter.ALL, older, ZONE, EUR, (n, of) -> again.set(n),
                () -> again.get() >= 5, 5)).isInstanceOf(CancellationException.class);
        assertThat(older).hasContent("the export of last week");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("older.csv");
        }
    }
}
