package com.bistro92.bill;

import com.bistro92.journal.LoggedEvent;
import java.math.BigDecimal;

/**
 * A payment was taken at a table. Staff only: the table's pads hear {@code table_closed} when the
 * payment settles the bill.
 *
 * @param balance what was left to pay after it
 */
public record PaymentRecorded(long seq, Payment payment, int table, BigDecimal balance, String json)
        implements LoggedEvent {

    public static final String TYPE = "payment_recorded";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Integer tableId() {
        return table;
    }

    @Override
    public boolean staffOnly() {
        return true;
    }
}
