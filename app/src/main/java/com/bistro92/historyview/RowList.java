package com.bistro92.historyview;

import com.bistro92.history.HistoryRow;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the History list shows, newest first (by id, descending): pages are appended, live
 * changes put in their place, and a copy of an order is replaced only by a newer version of it.
 * FX thread only.
 */
final class RowList {

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> readOnly = FXCollections.unmodifiableObservableList(rows);

    ObservableList<HistoryRow> view() {
        return readOnly;
    }

    int size() {
        return rows.size();
    }

    void clear() {
        rows.clear();
    }

    /** Adds a page read below the last row; one change when it fits at the end, as it nearly always does. */
    void addPage(List<HistoryRow> page) {
        if (page.isEmpty()) {
            return;
        }
        if (rows.isEmpty() || rows.getLast().id() > page.getFirst().id()) {
            rows.addAll(page);
        } else {
            page.forEach(this::put);
        }
    }

    /** Inserts {@code row} where its id puts it, or replaces the copy it is newer than. */
    void put(HistoryRow row) {
        int at = indexOf(row.id());
        if (at >= 0) {
            if (row.version() >= rows.get(at).version()) {
                rows.set(at, row);
            }
        } else {
            rows.add(-at - 1, row);
        }
    }

    boolean contains(long id) {
        return indexOf(id) >= 0;
    }

    void remove(long id) {
        int at = indexOf(id);
        if (at >= 0) {
            rows.remove(at);
        }
    }

    /** The row's index, or {@code -(insertion point) - 1}: a binary search over ids in descending order. */
    private int indexOf(long id) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long there = rows.get(mid).id();
            if (there == id) {
                return mid;
            } else if (there > id) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -(low + 1);
    }
}
