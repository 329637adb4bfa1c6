package com.bistro92.server;

import com.bistro92.bill.Bill;
import com.bistro92.bill.Bills;
import com.bistro92.bill.Payment;
import com.bistro92.bill.PaymentRequest;
import com.bistro92.bill.Refund;
import com.bistro92.bill.RefundRequest;
import com.bistro92.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Bills, payments and refunds, for staff: {@code GET /api/v1/tables/{id}/bill};
 * {@code POST /api/v1/tables/{id}/payments} with
 * {@code {"method":"CASH","amount":20.00,"tip":2.00,"tendered":25.00}} → 201
 * {@code {payment, change, balance, closed}} (the payment that settles the bill closes the table);
 * {@code POST /api/v1/tables/{id}/refunds} with {@code {"method":"CASH","amount":2.80,"reason":"…"}}
 * → 201 {@code {refund, balance}}, on the party seated now, or on a closed bill of the table named
 * by {@code "session_id"}, as the bill shows it.
 */
final class BillRoutes {

    /** The body of a payment; money as exact decimal numbers. */
    record PaymentBody(String method, BigDecimal amount, BigDecimal tip, BigDecimal tendered) {
    }

    /** The body of a refund: how the money goes back, how much, why, and which bill (null: the one open now). */
    record RefundBody(String method, BigDecimal amount, String reason, Long sessionId) {
    }

    /** A bill as the API shows it: with what comped lines came to, what is paid and refunded, and what is left. */
    record BillReply(Bill bill, BigDecimal comps, BigDecimal paid, BigDecimal refunded, BigDecimal tips,
                     BigDecimal balance) {
        static BillReply of(Bill bill) {
            return new BillReply(bill, bill.comps(), bill.paid(), bill.refunded(), bill.tips(), bill.balance());
        }
    }

    /** A refund given: the refund and what is left to pay after it. */
    record RefundedReply(Refund refund, BigDecimal balance) {
    }

    /** A payment taken: the payment, the change given, what is left to pay, and whether the table closed. */
    record PaidReply(Payment payment, BigDecimal change, BigDecimal balance, boolean closed) {
    }

    private final Bills bills;

    BillRoutes(Bills bills) {
        this.bills = bills;
    }

    void register(Router router) {
        router.get("/api/v1/tables/{id}/bill", Access.STAFF, this::bill)
                .post("/api/v1/tables/{id}/payments", Access.STAFF, this::pay)
                .post("/api/v1/tables/{id}/refunds", Access.STAFF, this::refund);
    }

    private void bill(Exchange ex) {
        int table = ex.intParam(PathParam.TABLE);
        ex.json(200, BillReply.of(bills.bill(table)
                .orElseThrow(() -> Problem.notFound("Nobody is seated at table " + table))));
    }

    private void pay(Exchange ex) {
        int table = ex.intParam(PathParam.TABLE);
        PaymentBody body = ex.body(PaymentBody.class);
        ex.whenDone(bills.pay(new PaymentRequest(table, method(body.method()), body.amount(), body.tip(),
                body.tendered(), null)), paid -> ex.json(201, new PaidReply(paid.payment(), paid.payment().change(),
                paid.balance(), paid.closed())));
    }

    private void refund(Exchange ex) {
        int table = ex.intParam(PathParam.TABLE);
        RefundBody body = ex.body(RefundBody.class);
        ex.whenDone(bills.refund(new RefundRequest(table, body.sessionId(), method(body.method(), "refund"),
                body.amount(), body.reason(), null, null)), done -> ex.json(201,
                new RefundedReply(done.refund(), done.balance())));
    }

    private static Payment.Method method(String given) {
        return method(given, "payment");
    }

    private static Payment.Method method(String given, String what) {
        try {
            return given == null ? null : Payment.Method.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.unprocessable("The " + what + " was refused",
                    List.of(new Problem.FieldError("method", "must be CASH, CARD or OTHER")));
        }
    }

}
