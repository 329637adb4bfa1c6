package com.bistro92.print;

import java.util.ArrayList;
import java.util.List;

/**
 * What one printed slip says, row by row, before it becomes a printer's bytes ({@link EscPosBytes}):
 * a station's ticket, a receipt, a reprint. Rows that are too long for the paper are wrapped when
 * they are printed, not here.
 */
public record Ticket(List<Row> rows) {

    /** How a row is set: large is double width and height; inverse is white on black. */
    public enum Look {
        NORMAL, BOLD, LARGE, LARGE_INVERSE
    }

    /** One row; {@code right} (an amount) is set flush right on the same line, or empty. */
    public record Row(String text, String right, Look look) {

        public Row {
            text = text == null ? "" : text;
            right = right == null ? "" : right;
        }
    }

    public Ticket {
        rows = List.copyOf(rows);
    }

    /** Every row's text, one per line: what a test or a log reads of the ticket. */
    public String text() {
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> out.append(r.right().isEmpty() ? r.text() : r.text() + " " + r.right()).append('\n'));
        return out.toString();
    }

    /** Builds a ticket row by row. */
    static final class Builder {
        private final List<Row> rows = new ArrayList<>();

        Builder row(String text, Look look) {
            rows.add(new Row(text, "", look));
            return this;
        }

        Builder row(String text) {
            return row(text, Look.NORMAL);
        }

        Builder amount(String text, String amount, Look look) {
            rows.add(new Row(text, amount, look));
            return this;
        }

        Builder rule() {
            rows.add(new Row("-", "", Look.NORMAL));
            return this;
        }

        Ticket build() {
            return new Ticket(rows);
        }
    }
}
