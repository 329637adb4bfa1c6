package com.bistro92.server;

import com.bistro92.bill.Bills;
import com.bistro92.print.Printer;
import com.bistro92.print.PrinterSetup;
import com.bistro92.print.Printers;
import com.bistro92.problem.Problem;
import java.util.List;

/**
 * Kitchen and receipt printers, for staff: {@code GET /api/v1/printers} lists them with what each
 * last said; {@code POST /api/v1/printers} adds one, {@code PUT} and {@code DELETE
 * /api/v1/printers/{id}} change and remove it. {@code POST /api/v1/orders/{id}/reprint} prints an
 * order's ticket again (marked REPRINT), and {@code POST /api/v1/tables/{id}/bill/print} the
 * party's bill on a receipt printer. A print is answered 202: the printer prints it when it reaches
 * it in the event log, as it prints every ticket.
 */
final class PrinterRoutes {

    /** A printer as listed: its setup, its state in words, and how far it has printed. */
    record Listed(int id, String name, String host, int port, int paperMm, List<String> stations, boolean receipts,
                  boolean screensDownOnly, Integer fallbackId, int fallbackAfterS, String state, String stateWords,
                  long printedSeq) {

        static Listed of(Printer p) {
            PrinterSetup s = p.setup();
            return new Listed(p.id(), s.name(), s.host(), s.port(), s.paperMm(), s.stations(), s.receipts(),
                    s.screensDownOnly(), s.fallbackId(), s.fallbackAfterS(), p.state().name(), p.state().words(), p.printedSeq());
        }
    }

    /** Which printer to print on; none for the order's stations' printers, or the first receipt printer. */
    record PrintBody(Integer printerId) {
    }

    record Queued(int slips) {
    }

    private final Printers printers;
    private final Bills bills;

    PrinterRoutes(Printers printers, Bills bills) {
        this.printers = printers;
        this.bills = bills;
    }

    void register(Router router) {
        router.get("/api/v1/printers", Access.STAFF, this::list)
                .post("/api/v1/printers", Access.STAFF, this::add)
                .put("/api/v1/printers/{id}", Access.STAFF, this::change)
                .delete("/api/v1/printers/{id}", Access.STAFF, this::remove)
                .post("/api/v1/orders/{id}/reprint", Access.STAFF, this::reprint)
                .post("/api/v1/tables/{id}/bill/print", Access.STAFF, this::printBill);
    }

    private void list(Exchange ex) {
        ex.json(200, printers.printers().stream().map(Listed::of).toList());
    }

    private void add(Exchange ex) {
        PrinterSetup setup = ex.body(PrinterSetup.class);
        ex.whenDone(printers.save(null, setup, null), p -> ex.json(201, Listed.of(p)));
    }

    private void change(Exchange ex) {
        PrinterSetup setup = ex.body(PrinterSetup.class);
        ex.whenDone(printers.save(ex.intParam(PathParam.PRINTER), setup, null), p -> ex.json(200, Listed.of(p)));
    }

    private void remove(Exchange ex) {
        ex.whenDone(printers.remove(ex.intParam(PathParam.PRINTER), null), id -> ex.json(200, new Queued(0)));
    }

    private void reprint(Exchange ex) {
        PrintBody body = ex.bodyOrEmpty(PrintBody.class, new PrintBody(null));
        ex.whenDone(printers.reprint(ex.longParam(PathParam.ORDER), body.printerId(), null),
                requests -> ex.json(202, new Queued(requests.size())));
    }

    private void printBill(Exchange ex) {
        int table = ex.intParam(PathParam.TABLE);
        PrintBody body = ex.bodyOrEmpty(PrintBody.class, new PrintBody(null));
        long session = bills.bill(table).orElseThrow(() -> Problem.notFound("Nobody is seated at table " + table))
                .sessionId();
        ex.whenDone(printers.receipt(session, body.printerId(), null),
                requests -> ex.json(202, new Queued(requests.size())));
    }
}
