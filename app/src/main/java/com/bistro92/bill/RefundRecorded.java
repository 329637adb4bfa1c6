package com.bistro92.bill;

import com.bistro92.journal.LoggedEvent;
import java.math.BigDecimal;

/**
 * Money was given back to a party. Staff only, like payments.
 *
 * @param balance what was left to pay after it
 */
public record RefundRecorded(long seq, Refund refund, int table, BigDecimal balance, String json)
        implements LoggedEvent {

    public static final String TYPE = "refund_recorded";

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
