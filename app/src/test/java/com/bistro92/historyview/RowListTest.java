package com.bistro92.historyview;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.history.HistoryRow;
import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The History list's rows stay newest first, once each, at their newest version, however pages and live changes interleave. */
class RowListTest {

    private static HistoryRow row(long id, int version) {
        return new HistoryRow(id, Instant.EPOCH, 1, "Table 1", version == 1 ? OrderStatus.PLACED : OrderStatus.RECEIVED,
                version, "1× Espresso", new BigDecimal("2.80"));
    }

    private static List<String> shown(RowList rows) {
        return rows.view().stream().map(r -> r.id() + "v" + r.version()).toList();
    }

    @Test
    void aPageThatOverlapsLiveRowsMergesWithoutDuplicatesAndKeepsTheNewerVersion() {
        RowList rows = new RowList();
        // live events that arrived while the first page was being read
        rows.put(row(12, 1));
        rows.put(row(9, 2));
        rows.addPage(List.of(row(11, 1), row(10, 1), row(9, 1), row(8, 1)));
        assertThat(shown(rows)).containsExactly("12v1", "11v1", "10v1", "9v2", "8v1");
        rows.addPage(List.of(row(7, 1), row(5, 1)));
        rows.put(row(6, 2));
        rows.put(row(11, 3));
        rows.put(row(11, 2));
        assertThat(shown(rows)).containsExactly("12v1", "11v3", "10v1", "9v2", "8v1", "7v1", "6v2", "5v1");
        rows.remove(10);
        rows.remove(4);
        assertThat(rows.contains(10)).isFalse();
        assertThat(rows.size()).isEqualTo(7);
    }
}
