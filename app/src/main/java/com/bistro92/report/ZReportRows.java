package com.bistro92.report;

import com.bistro92.money.Money;
import com.bistro92.order.OrderCount;
import java.util.List;

/**
 * The rows of the Z report that the screen and the PDF both show, with their labels and values
 * written once, here: the figures at a glance, the ticket times, and the reconciliation's checks.
 * The screen (reportview) and {@link ZReportPdf} each lay them out their own way but never
 * word them: a label changed here changes on both.
 */
public final class ZReportRows {

    /** A figure at a glance: what it is, the figure, and the line under it (may be empty). */
    public record Figure(String label, String value, String detail) {
    }

    /** A labelled value: a check of the reconciliation, or a ticket time. */
    public record Row(String label, String value) {
    }

    private final ZReport report;
    private final Money money;

    public ZReportRows(ZReport report, Money money) {
        this.report = report;
        this.money = money;
    }

    /** The eight figures at a glance, in reading order (two rows of four). */
    public List<Figure> glance() {
        ZReport.Totals t = report.totals();
        ZReport.Payments p = report.payments();
        OrderCount orders = t.count();
        return List.of(
                new Figure("Net sales", money.format(t.revenue()), "Gross " + money.format(t.gross())),
                new Figure("Orders", orders.figure(), orders.detail()),
                new Figure("Covers", String.valueOf(t.covers()), t.parties() + (t.parties() == 1 ? " party"
                        : " parties")),
                new Figure("Average check", money.format(t.averageCheck()), money.format(t.perCover()) + " per cover"),
                new Figure("Payments", money.format(p.amount()), p.count() + " taken"
                        + (report.refunds().count() == 0 ? "" : ", " + money.format(report.refunds().amount())
                        + " refunded")),
                new Figure("Tips", money.format(p.tips()), p.count() == 0 ? "" : "on " + p.count() + " payments"),
                new Figure("Voids", money.format(t.voided()), report.voids().count() + " orders"),
                new Figure("Comps", money.format(t.comped()), report.comps().count() + " lines"));
    }

    /** How long tickets took, placed to ready; empty when no ticket reached ready. */
    public List<Row> ticketTimes() {
        ZReport.TicketTimes t = report.ticketTimes();
        if (t.tickets() == 0) {
            return List.of();
        }
        return List.of(new Row("Tickets", String.valueOf(t.tickets())),
                new Row("Average", ReportFormat.duration(t.average())),
                new Row("Median", ReportFormat.duration(t.median())),
                new Row("90th percentile", ReportFormat.duration(t.p90())),
                new Row("Longest", ReportFormat.duration(t.longest())));
    }

    /** The labels of {@link #ticketTimes()}, shown as the heading of an empty table too. */
    public static List<String> ticketTimeLabels() {
        return List.of("Tickets", "Average", "Median", "90th percentile", "Longest");
    }

    /** The reconciliation's checks, top to bottom: gross to net sales, the breakdowns, then the money kept. */
    public List<Row> reconciliation() {
        ZReport.Reconciliation r = report.reconciliation();
        ZReport.Totals t = report.totals();
        return List.of(
                new Row("Gross sales", money.format(t.gross())),
                new Row("less voids", money.format(t.voided().negate())),
                new Row("less comps", money.format(t.comped().negate())),
                new Row("= Net sales (gross less voids and comps)", money.format(r.grossLessAdjustments())),
                new Row("Sum of categories", money.format(r.categoriesTotal())),
                new Row("Sum of items", money.format(r.itemsTotal())),
                new Row("Sum of order totals", money.format(r.orderTotals())),
                new Row("Payments taken, without tips", money.format(r.payments())),
                new Row("less refunds", money.format(r.refunds().negate())),
                new Row("Net sales less payments kept", money.format(r.difference())));
    }
}
