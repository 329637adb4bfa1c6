package com.bistro92.bill;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.REFUND;

import com.bistro92.journal.Invariant;
import com.bistro92.journal.Subject;
import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import com.bistro92.settings.Settings;
import com.bistro92.table.TableSessions;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The journal's rule on money: for every table session, at every commit,
 * <pre>0 ≤ payments − refunds ≤ the bill's total</pre>
 * (the total of its orders not voided, tax included, as {@link Bills} works it out). So money taken
 * is never more than the bill, and a refund never gives back more than was taken.
 *
 * <p>It watches what can move either side: a payment or refund written, and an order's total (a
 * comp), its session, or its being voided (a void stamps {@code cancelled_at}; CANCELLED is final,
 * so no update brings a voided order back). A command that changes one of them names the session
 * ({@code tx.changed(TableSessions.BILL, id)}); a new order only adds to a bill and is not watched,
 * so placing orders costs nothing more. A void or comp that would leave the bill overpaid is
 * refused with {@link Overpaid}: the money is refunded first.
 */
final class MoneyRule implements Invariant {

    private final Supplier<Settings> settings;

    MoneyRule(Supplier<Settings> settings) {
        this.settings = settings;
    }

    @Override
    public Subject subject() {
        return TableSessions.BILL;
    }

    @Override
    public boolean watches(Write write, Table<?> table, Field<?> column) {
        if (PAYMENT.equals(table) || REFUND.equals(table)) {
            return true;
        }
        if (!CUSTOMER_ORDER.equals(table)) {
            return false;
        }
        return switch (write) {
            case INSERT -> false;
            case DELETE -> true;
            case UPDATE -> column == null || CUSTOMER_ORDER.TOTAL.equals(column)
                    || CUSTOMER_ORDER.SESSION_ID.equals(column) || CUSTOMER_ORDER.CANCELLED_AT.equals(column);
        };
    }

    @Override
    public void check(Tx tx, long sessionId) {
        Settings s = settings.get();
        Standing standing = Standing.of(tx.lookup(), sessionId, new Tax(s.taxRate(), s.taxIncluded())).orElse(null);
        if (standing == null) {
            return;
        }
        if (standing.net().signum() < 0) {
            throw Problem.conflict("More refunded than paid", "Refunds of the bill of " + standing.table()
                    + " would come to " + standing.refunded() + " " + s.currency().getCurrencyCode() + ", more than the "
                    + standing.paid() + " paid");
        }
        if (standing.balance().signum() < 0) {
            throw new Overpaid(sessionId, standing.table(), standing.balance().negate(), standing.net(),
                    standing.amounts().total(), s.currency().getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return "0 ≤ payments − refunds ≤ total, for " + subject().name();
    }
}
