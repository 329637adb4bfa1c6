package com.bistro92.bill;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.REFUND;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Where one table session's money stands, as one transaction sees it: what the bill comes to (the
 * orders not voided, with the tax), what was paid and what was refunded. Read in one short query.
 */
record Standing(long sessionId, int tableId, String table, boolean closed, Tax.Amounts amounts, BigDecimal paid,
                BigDecimal refunded) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    static Optional<Standing> of(DSLContext sql, long sessionId, Tax tax) {
        var subtotal = DSL.field(DSL.select(DSL.coalesce(DSL.sum(CUSTOMER_ORDER.TOTAL), ZERO)).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.SESSION_ID.eq(sessionId)
                        .and(CUSTOMER_ORDER.STATUS.ne(OrderStatus.CANCELLED.name()))));
        var paid = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PAYMENT.AMOUNT), ZERO)).from(PAYMENT)
                .where(PAYMENT.SESSION_ID.eq(sessionId)));
        var refunded = DSL.field(DSL.select(DSL.coalesce(DSL.sum(REFUND.AMOUNT), ZERO)).from(REFUND)
                .where(REFUND.SESSION_ID.eq(sessionId)));
        return sql.select(TABLE_SESSION.TABLE_ID, DINING_TABLE.LABEL, TABLE_SESSION.CLOSED_AT, subtotal, paid, refunded)
                .from(TABLE_SESSION).join(DINING_TABLE).on(DINING_TABLE.ID.eq(TABLE_SESSION.TABLE_ID))
                .where(TABLE_SESSION.ID.eq(sessionId))
                .fetchOptional(r -> new Standing(sessionId, r.value1(), r.value2(), r.value3() != null,
                        tax.on(r.value4().setScale(2)), r.value5().setScale(2), r.value6().setScale(2)));
    }

    /** What was paid and is still kept: payments less refunds. */
    BigDecimal net() {
        return paid.subtract(refunded);
    }

    /** What is still to pay; negative when the bill is overpaid. */
    BigDecimal balance() {
        return amounts.total().subtract(net());
    }

    /** What was paid in each way and not yet refunded: the most a refund in that way may give back. */
    static Map<Payment.Method, BigDecimal> refundable(DSLContext sql, long sessionId) {
        Map<Payment.Method, BigDecimal> left = new EnumMap<>(Payment.Method.class);
        sql.select(PAYMENT.METHOD, DSL.sum(PAYMENT.AMOUNT)).from(PAYMENT).where(PAYMENT.SESSION_ID.eq(sessionId))
                .groupBy(PAYMENT.METHOD)
                .forEach(r -> left.merge(Payment.Method.valueOf(r.value1()), r.value2(), BigDecimal::add));
        sql.select(REFUND.METHOD, DSL.sum(REFUND.AMOUNT)).from(REFUND).where(REFUND.SESSION_ID.eq(sessionId))
                .groupBy(REFUND.METHOD)
                .forEach(r -> left.merge(Payment.Method.valueOf(r.value1()), r.value2().negate(), BigDecimal::add));
        left.replaceAll((method, amount) -> amount.setScale(2));
        return left;
    }
}
