package com.bistro92.bill;

import static com.bistro92.db.Tables.REFUND;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.bistro92.table.TableSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Gives money back, inside the journal's transaction: one refund in one way (cash, card or other),
 * never more than was paid that way and not yet refunded, by a member who may refund or with a
 * manager's approval on the spot (the same override as a void). A refund is allowed on a closed
 * bill too: a guest who has left may still be refunded, and a later void or comp then fits.
 */
final class Refunds {

    private final TableSessions sessions;
    private final Supplier<Tax> tax;
    private final ObjectMapper json;
    private final IdSeries ids = IdSeries.of(REFUND, REFUND.ID);

    Refunds(TableSessions sessions, Supplier<Tax> tax, ObjectMapper json) {
        this.sessions = sessions;
        this.tax = tax;
        this.json = json;
    }

    /**
     * @throws Problem 403 unless its maker may refund or a manager approved, 404 for a bill that is not
     *                 the table's, 409 when nobody is seated and no bill is named, 422 for more than
     *                 was paid that way
     */
    Bills.Refunded give(Tx tx, RefundRequest request) {
        Authority.require(tx, request.by(), request.approvedBy(), Permission.REFUND);
        long session = session(tx, request);
        BigDecimal left = Standing.refundable(tx.lookup(), session).getOrDefault(request.method(), BigDecimal.ZERO);
        String way = request.method().name().toLowerCase(Locale.ROOT);
        if (request.amount().compareTo(left) > 0) {
            throw Problem.unprocessable("The refund was refused", List.of(new Problem.FieldError("amount",
                    left.signum() == 0 ? "nothing was paid by " + way + " that is not already refunded"
                            : "is more than the " + left.setScale(2) + " paid by " + way + " and not yet refunded")));
        }
        Refund refund = new Refund(tx.nextId(ids), session, request.method(), request.amount().setScale(2),
                request.reason(), tx.now(), request.by(), request.approvedBy());
        tx.sql().insertInto(REFUND)
                .set(REFUND.ID, refund.id())
                .set(REFUND.SESSION_ID, session)
                .set(REFUND.METHOD, refund.method().name())
                .set(REFUND.AMOUNT, refund.amount())
                .set(REFUND.REASON, refund.reason())
                .set(REFUND.STAFF_ID, refund.staffId())
                .set(REFUND.APPROVED_BY, refund.approvedBy())
                .set(REFUND.REFUNDED_AT, refund.refundedAt())
                .execute();
        tx.changed(TableSessions.BILL, session);
        BigDecimal balance = Standing.of(tx.lookup(), session, tax.get()).orElseThrow().balance().setScale(2);
        tx.log(seq -> new RefundRecorded(seq, refund, request.tableId(), balance,
                Wire.envelope(RefundRecorded.TYPE, seq, "refund", Wire.bytes(json, refund), request.by(),
                        request.approvedBy()).replaceFirst("}$", ",\"balance\":" + balance.toPlainString() + "}")));
        return new Bills.Refunded(refund, balance);
    }

    /** The bill named, which must be the table's, or the open one of the table. */
    private long session(Tx tx, RefundRequest request) {
        if (request.sessionId() == null) {
            return sessions.openSession(tx, request.tableId()).orElseThrow(() -> Problem.conflict("No bill",
                    "Nobody is seated at table " + request.tableId() + "; name the bill to refund a closed one"));
        }
        Integer table = tx.lookup().select(TABLE_SESSION.TABLE_ID).from(TABLE_SESSION)
                .where(TABLE_SESSION.ID.eq(request.sessionId())).fetchOne(TABLE_SESSION.TABLE_ID);
        if (table == null || table != request.tableId()) {
            throw Problem.notFound("Table " + request.tableId() + " has no bill " + request.sessionId());
        }
        return request.sessionId();
    }
}
