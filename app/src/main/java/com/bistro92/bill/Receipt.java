package com.bistro92.bill;

import com.bistro92.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A guest's receipt of a bill, as rows of text with an amount on the right: what is printed and
 * what goes into its PDF, so that both say the same. Comped lines show and are taken off; voided
 * orders are not on a guest's receipt; money given back shows under the payments, with why.
 */
public record Receipt(List<Row> rows) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** One row: text on the left, an amount (or nothing) on the right. */
    public record Row(String left, String right, Kind kind) {
    }

    /** How a row is set. */
    public enum Kind {
        TITLE, TEXT, DETAIL, RULE, TOTAL
    }

    public Receipt {
        rows = List.copyOf(rows);
    }

    /** The receipt of {@code bill} at {@code now}, amounts in {@code money}'s currency. */
    public static Receipt of(Bill bill, Money money, Instant now, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Bistro92", "", Kind.TITLE));
        rows.add(new Row(bill.table() + " · " + bill.guests() + (bill.guests() == 1 ? " guest" : " guests"),
                WHEN.format(now.atZone(zone)), Kind.TEXT));
        for (String allergy : bill.allergies()) {
            rows.add(new Row("Allergy noted: " + allergy, "", Kind.DETAIL));
        }
        rows.add(new Row("", "", Kind.RULE));
        BigDecimal items = BigDecimal.ZERO;
        for (Bill.Line line : bill.lines()) {
            rows.add(new Row(line.quantity() + " × " + line.name(), money.format(line.lineTotal()), Kind.TEXT));
            if (!line.details().isBlank()) {
                rows.add(new Row("  " + line.details(), "", Kind.DETAIL));
            }
            if (line.comped()) {
                rows.add(new Row("  Comped", money.format(line.lineTotal().negate()), Kind.DETAIL));
            }
            items = items.add(line.lineTotal());
        }
        rows.add(new Row("", "", Kind.RULE));
        if (bill.comps().signum() != 0) {
            rows.add(new Row("Items", money.format(items), Kind.TEXT));
            rows.add(new Row("Comps", money.format(bill.comps().negate()), Kind.TEXT));
        }
        Tax tax = bill.tax();
        if (tax.ratePercent().signum() != 0) {
            String rate = tax.ratePercent().stripTrailingZeros().toPlainString() + "%";
            if (tax.included()) {
                rows.add(new Row("Total", money.format(bill.amounts().total()), Kind.TOTAL));
                rows.add(new Row("  incl. tax " + rate, money.format(bill.amounts().tax()), Kind.DETAIL));
            } else {
                rows.add(new Row("Subtotal", money.format(bill.amounts().subtotal()), Kind.TEXT));
                rows.add(new Row("Tax " + rate, money.format(bill.amounts().tax()), Kind.TEXT));
                rows.add(new Row("Total", money.format(bill.amounts().total()), Kind.TOTAL));
            }
        } else {
            rows.add(new Row("Total", money.format(bill.amounts().total()), Kind.TOTAL));
        }
        if (!bill.payments().isEmpty()) {
            rows.add(new Row("", "", Kind.RULE));
            for (Payment p : bill.payments()) {
                rows.add(new Row(method(p.method()), money.format(p.amount()), Kind.TEXT));
                if (p.tip().signum() > 0) {
                    rows.add(new Row("  Tip", money.format(p.tip()), Kind.DETAIL));
                }
                if (p.tendered() != null) {
                    rows.add(new Row("  Tendered", money.format(p.tendered()), Kind.DETAIL));
                    rows.add(new Row("  Change", money.format(p.change()), Kind.DETAIL));
                }
            }
            for (Refund r : bill.refunds()) {
                rows.add(new Row("Refund · " + method(r.method()), money.format(r.amount().negate()), Kind.TEXT));
                rows.add(new Row("  " + r.reason(), "", Kind.DETAIL));
            }
        }
        rows.add(new Row(bill.balance().signum() <= 0 ? "Paid in full" : "Still to pay",
                bill.balance().signum() <= 0 ? "" : money.format(bill.balance()), Kind.TOTAL));
        rows.add(new Row("", "", Kind.RULE));
        rows.add(new Row("Thank you!", "", Kind.TITLE));
        return new Receipt(rows);
    }

    /** CASH as "Cash". */
    static String method(Payment.Method method) {
        return method.name().charAt(0) + method.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
