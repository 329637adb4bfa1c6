package com.bistro92.bill;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.REFUND;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.journal.Command;
import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.json.Envelope;
import com.bistro92.json.Wire;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import com.bistro92.settings.Settings;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.bistro92.table.TableSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Tables' bills, the payments that settle them and the refunds that give money back. A bill is read
 * from the session's orders, payments and refunds; a payment or a refund is a command on the
 * journal, checked against the bill as the writer sees it, and the payment that settles the bill
 * closes the table in the same transaction, so the table's pads say "Thank you".
 *
 * <p><b>Money after payment.</b> The journal keeps {@link MoneyRule} for every table session at
 * every commit: {@code 0 ≤ payments − refunds ≤ the bill's total}. A void or comp that would
 * leave the bill overpaid is therefore refused ({@link Overpaid}, 409, saying by how much) until
 * the money is refunded. We chose "refund first" over a void that refunds by itself: a refund is
 * money leaving the drawer or going back to a card, so it is its own act, in a way the guest was
 * paid (never more than was paid that way), with its reason, who gave it and the manager who
 * approved it, and it shows on the bill, the receipt, the Z report and the history. A void keeps
 * meaning only that the order is off the bill. A closed bill may still be refunded (the guest has
 * gone); a void or comp on it then fits again.
 */
public final class Bills {

    /** What taking a payment did: the payment, what is left to pay, and whether that closed the table. */
    public record Paid(Payment payment, BigDecimal balance, boolean closed) {
    }

    /** What a refund did: the refund, and what is left to pay after it. */
    public record Refunded(Refund refund, BigDecimal balance) {
    }

    private final Journal journal;
    private final DSLContext reads;
    private final Orders orders;
    private final TableSessions sessions;
    private final Supplier<Settings> settings;
    private final ObjectMapper json;
    private final Refunds refunds;
    private final IdSeries ids = IdSeries.of(PAYMENT, PAYMENT.ID);

    /** Also makes {@link MoneyRule} a rule of {@code journal}, before any payment is taken. */
    public Bills(Journal journal, DSLContext reads, Orders orders, TableSessions sessions, Supplier<Settings> settings,
                 ObjectMapper json) {
        this.journal = journal;
        this.reads = reads;
        this.orders = orders;
        this.sessions = sessions;
        this.settings = settings;
        this.json = json;
        this.refunds = new Refunds(sessions, this::tax, json);
        journal.keep(new MoneyRule(settings));
        journal.otherNodes().decode(PaymentRecorded.TYPE, row -> {
            Envelope message = Envelope.read(json, row.payload());
            return new PaymentRecorded(row.seq(), message.body("payment", Payment.class), row.tableId(),
                    message.decimal("balance"), row.payload());
        });
        journal.otherNodes().decode(RefundRecorded.TYPE, row -> {
            Envelope message = Envelope.read(json, row.payload());
            return new RefundRecorded(row.seq(), message.body("refund", Refund.class), row.tableId(),
                    message.decimal("balance"), row.payload());
        });
    }

    /** The tax now set in Settings. */
    public Tax tax() {
        Settings s = settings.get();
        return new Tax(s.taxRate(), s.taxIncluded());
    }

    /** The bill of the party seated at the table, if one is. Reads the database: call it off the FX thread. */
    public Optional<Bill> bill(int tableId) {
        return sessions.open(tableId).flatMap(session -> ofSession(session.id()));
    }

    /** The bill of one table session, open or closed: a paid bill's receipt can still be printed. */
    public Optional<Bill> ofSession(long sessionId) {
        return reads.select(TABLE_SESSION.TABLE_ID, DINING_TABLE.LABEL, TABLE_SESSION.GUESTS, TABLE_SESSION.OPENED_AT)
                .from(TABLE_SESSION).join(DINING_TABLE).on(DINING_TABLE.ID.eq(TABLE_SESSION.TABLE_ID))
                .where(TABLE_SESSION.ID.eq(sessionId))
                .fetchOptional(r -> new TableSessions.Session(sessionId, r.value1(), r.value2(), r.value3(),
                        r.value4(), null))
                .map(session -> {
            List<Bill.Line> lines = new ArrayList<>();
            List<Bill.Voided> voided = new ArrayList<>();
            Set<String> allergies = new LinkedHashSet<>();
            BigDecimal subtotal = BigDecimal.ZERO;
            for (Order order : orders.ofSession(session.id())) {
                if (order.allergy().declared()) {
                    allergies.add(order.allergy().text());
                }
                if (order.status() == OrderStatus.CANCELLED) {
                    voided.add(new Bill.Voided(order.id(), order.total()));
                    continue;
                }
                subtotal = subtotal.add(order.total());
                for (int i = 0; i < order.items().size(); i++) {
                    OrderItem item = order.items().get(i);
                    lines.add(new Bill.Line(order.id(), i + 1, item.quantity(), item.name(), details(item),
                            item.lineTotal(), item.comped()));
                }
            }
            Tax tax = tax();
            return new Bill(session.tableId(), session.table(), session.id(), session.guests(), session.openedAt(), lines,
                    voided, tax, tax.on(subtotal.setScale(2)), payments(reads, session.id()),
                    refunds(reads, session.id()), List.copyOf(allergies));
        });
    }

    private static String details(OrderItem item) {
        String mods = item.modifiers().stream().map(OrderItem.ChosenModifier::name).collect(Collectors.joining(", "));
        return item.instructions().isBlank() ? mods : mods.isEmpty() ? item.instructions()
                : mods + "; " + item.instructions();
    }

    private static List<Payment> payments(DSLContext sql, long sessionId) {
        return sql.selectFrom(PAYMENT).where(PAYMENT.SESSION_ID.eq(sessionId)).orderBy(PAYMENT.ID)
                .fetch(r -> new Payment(r.getId(), sessionId, Payment.Method.valueOf(r.getMethod()), r.getAmount(),
                        r.getTip(), r.getTendered(), r.getPaidAt(), r.getStaffId()));
    }

    private static List<Refund> refunds(DSLContext sql, long sessionId) {
        return sql.selectFrom(REFUND).where(REFUND.SESSION_ID.eq(sessionId)).orderBy(REFUND.ID)
                .fetch(r -> new Refund(r.getId(), sessionId, Payment.Method.valueOf(r.getMethod()), r.getAmount(),
                        r.getReason(), r.getRefundedAt(), r.getStaffId(), r.getApprovedBy()));
    }

    /**
     * Takes a payment at the table. Fails with 422 and nothing written when the input is bad or the
     * amount is more than is left to pay, 409 when nobody is seated there, 403 when the member may not.
     */
    public CompletableFuture<Paid> pay(PaymentRequest request) {
        try {
            request.validate();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return journal.submit(new TakePayment(request, this));
    }

    private record TakePayment(PaymentRequest request, Bills bills) implements Command<Paid> {
        @Override
        public Paid apply(Tx tx) {
            return bills.take(tx, request);
        }
    }

    private Paid take(Tx tx, PaymentRequest request) {
        Authority.require(tx, request.by(), Permission.TAKE_PAYMENTS);
        long session = sessions.openSession(tx, request.tableId()).orElseThrow(() -> Problem.conflict("No bill",
                "Nobody is seated at table " + request.tableId() + "; there is no bill to pay"));
        BigDecimal balance = Standing.of(tx.sql(), session, tax()).orElseThrow().balance();
        if (request.amount().compareTo(balance) > 0) {
            throw Problem.unprocessable("The payment was refused", List.of(new Problem.FieldError("amount",
                    "is more than the " + balance.setScale(2) + " still to pay")));
        }
        Payment payment = new Payment(tx.nextId(ids), session, request.method(), request.amount().setScale(2),
                request.tip().setScale(2), request.tendered() == null ? null : request.tendered().setScale(2),
                tx.now(), request.by());
        tx.sql().insertInto(PAYMENT)
                .set(PAYMENT.ID, payment.id())
                .set(PAYMENT.SESSION_ID, session)
                .set(PAYMENT.AMOUNT, payment.amount())
                .set(PAYMENT.TIP, payment.tip())
                .set(PAYMENT.TENDERED, payment.tendered())
                .set(PAYMENT.METHOD, payment.method().name())
                .set(PAYMENT.PAID_AT, payment.paidAt())
                .set(PAYMENT.STAFF_ID, payment.staffId())
                .execute();
        tx.changed(TableSessions.BILL, session);
        BigDecimal left = balance.subtract(payment.amount()).setScale(2);
        tx.log(seq -> new PaymentRecorded(seq, payment, request.tableId(), left,
                Wire.envelope(PaymentRecorded.TYPE, seq, "payment", Wire.bytes(json, payment), request.by())
                        .replaceFirst("}$", ",\"balance\":" + left.toPlainString() + "}")));
        boolean closes = left.signum() <= 0;
        if (closes) {
            sessions.close(tx, request.tableId(), request.by());
        }
        return new Paid(payment, left, closes);
    }

    /**
     * Gives money back to a party: see {@link RefundRequest}. Fails with 422 and nothing written when
     * the input is bad or the amount is more than was paid that way and not yet refunded, 409 when
     * nobody is seated and no bill is named, 404 for a bill not of the table, 403 when the member may
     * not refund and no manager approved.
     */
    public CompletableFuture<Refunded> refund(RefundRequest request) {
        try {
            request.validate();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return journal.submit(new GiveRefund(request, refunds));
    }

    private record GiveRefund(RefundRequest request, Refunds refunds) implements Command<Refunded> {
        @Override
        public Refunded apply(Tx tx) {
            return refunds.give(tx, request);
        }
    }

    @Override
    public String toString() {
        return "bills";
    }
}
