package com.bistro92.history;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.REFUND;

import com.bistro92.menu.Allergen;
import com.bistro92.order.Allergy;
import com.bistro92.text.SpreadsheetText;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Writes the orders a filter lists as CSV, newest first, one row per order (with what its party's
 * bill was paid and refunded, the same on each order of the party): UTF-8 with a byte order
 * mark (so that spreadsheets read accents right), RFC 4180 quoting, money as plain decimals. Orders
 * are read in keyset batches, so a year of orders takes no more memory than a day's, and the file
 * is written beside the target and moved into place only when complete: a cancelled or failed
 * export leaves no partial file. Orders placed while it runs are newer than its first batch and
 * are not in it.
 */
final class HistoryCsv {

    /** The header line; docs/guide.md ("The CSV file") documents each column. */
    static final String[] COLUMNS = {"order_id", "created_at", "table", "status", "source", "items", "item_count",
        "total", "currency", "notes", "bill", "bill_paid", "bill_refunded", "allergy"};
    static final int BATCH = 1_000;
    /** A bill with nothing paid or refunded: {paid, refunded}. */
    private static final BigDecimal[] NOTHING = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};

    private final DSLContext dsl;
    private final int batch;

    HistoryCsv(DSLContext dsl, int batch) {
        this.dsl = dsl;
        this.batch = batch;
    }

    /**
     * Exports the orders {@code filter} lists to {@code file}.
     *
     * @param zone      the restaurant's time zone, in which {@code created_at} is written
     * @param cancelled asked between batches; true stops the export and deletes what it wrote
     * @return the number of orders written
     * @throws CancellationException when {@code cancelled} said so; {@code file} is then untouched
     */
    long export(HistoryFilter filter, Path file, ZoneId zone, Currency currency, OrderHistory.Progress progress,
                BooleanSupplier cancelled) throws IOException {
        long total = dsl.fetchCount(CUSTOMER_ORDER, HistoryConditions.where(filter, true));
        progress.update(0, total);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        boolean done = false;
        try {
            long written = write(filter, part, DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone),
                    currency.getCurrencyCode(), total, progress, cancelled);
            move(part, file);
            done = true;
            return written;
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
    }

    private long write(HistoryFilter filter, Path part, DateTimeFormatter time, String currency,
                       long total, OrderHistory.Progress progress, BooleanSupplier cancelled) throws IOException {
        long written = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(bom(out))) {
            Long before = null;
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The export was cancelled");
                }
                List<? extends Record> orders = dsl.select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CREATED_AT,
                                HistoryConditions.TABLE_LABEL, CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.SOURCE,
                                CUSTOMER_ORDER.TOTAL, CUSTOMER_ORDER.NOTES, CUSTOMER_ORDER.SESSION_ID,
                                CUSTOMER_ORDER.ALLERGENS, CUSTOMER_ORDER.ALLERGY_NOTE)
                        .from(CUSTOMER_ORDER)
                        .where(HistoryConditions.below(filter, before))
                        .orderBy(CUSTOMER_ORDER.ID.desc()).limit(batch).fetch();
                if (orders.isEmpty()) {
                    break;
                }
                Map<Long, List<HistoryRow.Quantity>> lines = lines(orders);
                Map<Long, BigDecimal[]> bills = bills(orders);
                for (Record o : orders) {
                    List<HistoryRow.Quantity> items = lines.getOrDefault(o.get(CUSTOMER_ORDER.ID), List.of());
                    Long session = o.get(CUSTOMER_ORDER.SESSION_ID);
                    BigDecimal[] bill = session == null ? null : bills.getOrDefault(session, NOTHING);
                    csv.printRecord(o.get(CUSTOMER_ORDER.ID), time.format(o.get(CUSTOMER_ORDER.CREATED_AT)),
                            SpreadsheetText.cell(o.get(HistoryConditions.TABLE_LABEL)), o.get(CUSTOMER_ORDER.STATUS),
                            o.get(CUSTOMER_ORDER.SOURCE), SpreadsheetText.cell(HistoryRow.summary(items)),
                            items.stream().mapToInt(HistoryRow.Quantity::quantity).sum(),
                            o.get(CUSTOMER_ORDER.TOTAL).toPlainString(), currency,
                            SpreadsheetText.cell(o.get(CUSTOMER_ORDER.NOTES)), session == null ? "" : session,
                            bill == null ? "" : bill[0].toPlainString(), bill == null ? "" : bill[1].toPlainString(),
                            SpreadsheetText.cell(new Allergy(Allergen.parse(o.get(CUSTOMER_ORDER.ALLERGENS)),
                                    o.get(CUSTOMER_ORDER.ALLERGY_NOTE)).text()));
                }
                written += orders.size();
                before = orders.getLast().get(CUSTOMER_ORDER.ID);
                progress.update(written, Math.max(total, written));
            }
        }
        return written;
    }

    private Map<Long, List<HistoryRow.Quantity>> lines(List<? extends Record> orders) {
        List<Long> ids = new ArrayList<>(orders.size());
        orders.forEach(o -> ids.add(o.get(CUSTOMER_ORDER.ID)));
        Map<Long, List<HistoryRow.Quantity>> lines = new HashMap<>();
        dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.QUANTITY, ORDER_LINE.NAME).from(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.in(ids)).orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                .forEach(l -> lines.computeIfAbsent(l.value1(), k -> new ArrayList<>())
                        .add(new HistoryRow.Quantity(l.value2(), l.value3())));
        return lines;
    }

    /** What each party's bill among the batch's was paid and refunded, by session: {paid, refunded}. */
    private Map<Long, BigDecimal[]> bills(List<? extends Record> orders) {
        Set<Long> sessions = new HashSet<>();
        orders.forEach(o -> {
            if (o.get(CUSTOMER_ORDER.SESSION_ID) != null) {
                sessions.add(o.get(CUSTOMER_ORDER.SESSION_ID));
            }
        });
        Map<Long, BigDecimal[]> bills = new HashMap<>();
        if (sessions.isEmpty()) {
            return bills;
        }
        dsl.select(PAYMENT.SESSION_ID, DSL.sum(PAYMENT.AMOUNT)).from(PAYMENT).where(PAYMENT.SESSION_ID.in(sessions))
                .groupBy(PAYMENT.SESSION_ID)
                .forEach(r -> bills.computeIfAbsent(r.value1(), s -> NOTHING.clone())[0] = r.value2().setScale(2));
        dsl.select(REFUND.SESSION_ID, DSL.sum(REFUND.AMOUNT)).from(REFUND).where(REFUND.SESSION_ID.in(sessions))
                .groupBy(REFUND.SESSION_ID)
                .forEach(r -> bills.computeIfAbsent(r.value1(), s -> NOTHING.clone())[1] = r.value2().setScale(2));
        return bills;
    }

    private static Writer bom(Writer out) throws IOException {
        out.write('\uFEFF');
        return out;
    }

    private static void move(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
