package com.bistro92.dashboard;

import com.bistro92.CheapStart;
import com.bistro92.server.Limits;
import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.TABLE_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.TestApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a generated fortnight of trade, every dashboard figure equals a plain recount of the rows in
 * Java: revenue, orders, cancellations, items, tables, covers and the average ticket time.
 */
class DashboardOnHistoryTest {

    private static final Duration WARN = Duration.ofMinutes(5);
    private static final Duration LATE = Duration.ofMinutes(10);

    @TempDir
    Path data;

    @Test
    void everyFigureOfAGeneratedFortnightMatchesAPlainRecount() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (Bistro92 app = CheapStart.start(new Options(true, false, 0, 0, data, false, true, 14), clock,
                Bistro92.Storage.DEFAULT, Limits.DEFAULT)) {
            DSLContext sql = app.database().dsl();
            LocalDate today = LocalDate.now(clock);
            DateRange range = DateRange.custom(today.minusDays(14), today.minusDays(1));
            Instant from = range.from().atStartOfDay(clock.getZone()).toInstant();
            Instant to = range.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            Dashboard board = new DashboardQueries(sql, clock).load(range, WARN, LATE);

            var orders = sql.select(CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.TOTAL, DINING_TABLE.LABEL,
                            CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.READY_AT)
                    .from(CUSTOMER_ORDER).join(DINING_TABLE).on(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))
                    .where(CUSTOMER_ORDER.CREATED_AT.ge(from).and(CUSTOMER_ORDER.CREATED_AT.lt(to))).fetch();
            assertThat(orders).as("a fortnight of generated orders").hasSizeGreaterThan(1_000);
            BigDecimal revenue = BigDecimal.ZERO;
            long kept = 0;
            long cancelled = 0;
            long tickets = 0;
            long ticketSeconds = 0;
            Map<String, BigDecimal> byTable = new HashMap<>();
            for (var o : orders) {
                if (o.value1().equals("CANCELLED")) {
                    cancelled++;
                    continue;
                }
                kept++;
                revenue = revenue.add(o.value2());
                byTable.merge(o.value3(), o.value2(), BigDecimal::add);
                if (o.value5() != null) {
                    tickets++;
                    ticketSeconds += Duration.between(o.value4(), o.value5()).toSeconds();
                }
            }
            assertThat(board.sales().revenue()).isEqualByComparingTo(revenue);
            assertThat(board.sales().orders()).isEqualTo(kept);
            assertThat(board.sales().cancelled()).isEqualTo(cancelled);
            assertThat(board.byTable()).allSatisfy(place ->
                    assertThat(place.revenue()).as(place.name()).isEqualByComparingTo(byTable.get(place.name())));
            assertThat(board.byTable()).hasSize(byTable.size());
            assertThat(board.tickets().count()).isEqualTo(tickets);
            assertThat(board.tickets().average().toSeconds()).isBetween(ticketSeconds / tickets - 1,
                    ticketSeconds / tickets + 1);

            Map<String, long[]> quantities = new HashMap<>();
            Map<String, BigDecimal> itemRevenue = new HashMap<>();
            sql.select(ORDER_LINE.NAME, ORDER_LINE.QUANTITY, ORDER_LINE.LINE_TOTAL, ORDER_LINE.COMPED)
                    .from(ORDER_LINE).join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_LINE.ORDER_ID))
                    .where(CUSTOMER_ORDER.CREATED_AT.ge(from).and(CUSTOMER_ORDER.CREATED_AT.lt(to))
                            .and(CUSTOMER_ORDER.STATUS.ne("CANCELLED")))
                    .forEach(l -> {
                        quantities.computeIfAbsent(l.value1(), k -> new long[1])[0] += l.value2();
                        itemRevenue.merge(l.value1(), l.value4() ? BigDecimal.ZERO : l.value3(), BigDecimal::add);
                    });
            List<Long> topQuantities = quantities.values().stream().map(q -> q[0])
                    .sorted(Comparator.reverseOrder()).limit(10).toList();
            assertThat(board.topByQuantity()).extracting(Dashboard.Item::quantity).containsExactlyElementsOf(topQuantities);
            assertThat(board.topByQuantity()).allSatisfy(item -> {
                assertThat(item.quantity()).isEqualTo(quantities.get(item.name())[0]);
                assertThat(item.revenue()).isEqualByComparingTo(itemRevenue.get(item.name()));
            });
            assertThat(board.topByRevenue().getFirst().revenue()).isEqualByComparingTo(
                    itemRevenue.values().stream().max(Comparator.naturalOrder()).orElseThrow());

            var sessions = sql.select(TABLE_SESSION.GUESTS).from(TABLE_SESSION)
                    .where(TABLE_SESSION.OPENED_AT.ge(from).and(TABLE_SESSION.OPENED_AT.lt(to))).fetch();
            assertThat(board.covers().parties()).isEqualTo(sessions.size());
            assertThat(board.covers().covers()).isEqualTo(sessions.stream().mapToLong(r -> r.value1()).sum());
        }
    }
}
