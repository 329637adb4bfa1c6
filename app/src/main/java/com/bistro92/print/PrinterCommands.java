package com.bistro92.print;

import static com.bistro92.db.Tables.PRINTER;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import java.util.List;

/** The printers' commands, applied by the journal's writer. */
final class PrinterCommands {

    private PrinterCommands() {
    }

    /** Adds a printer ({@code printerId} null) or changes one. A new printer starts at the end of the log. */
    record Save(Integer printerId, PrinterSetup setup, Integer by, Printers printers) implements Command<Printer> {
        @Override
        public Printer apply(Tx tx) {
            Authority.require(tx, by, Permission.CHANGE_SETTINGS);
            var sql = tx.sql();
            if (setup.fallbackId() != null) {
                if (setup.fallbackId().equals(printerId)) {
                    throw Problem.unprocessable("Invalid printer", List.of(new Problem.FieldError("fallback_id",
                            "must be another printer")));
                }
                if (!sql.fetchExists(PRINTER, PRINTER.ID.eq(setup.fallbackId()).and(PRINTER.REMOVED.isFalse()))) {
                    throw Problem.unprocessable("Invalid printer", List.of(new Problem.FieldError("fallback_id",
                            "there is no printer " + setup.fallbackId())));
                }
            }
            Printer saved;
            if (printerId == null) {
                int id = (int) tx.nextId(printers.printerIds);
                // a new printer prints from now on, not the day's tickets so far
                long from = printers.lastSeq();
                sql.insertInto(PRINTER)
                        .set(PRINTER.ID, id).set(PRINTER.NAME, setup.name()).set(PRINTER.HOST, setup.host())
                        .set(PRINTER.PORT, setup.port()).set(PRINTER.PAPER_MM, setup.paperMm())
                        .set(PRINTER.STATIONS, String.join(",", setup.stations()))
                        .set(PRINTER.RECEIPTS, setup.receipts()).set(PRINTER.SCREENS_DOWN_ONLY, setup.screensDownOnly())
                        .set(PRINTER.FALLBACK_ID, setup.fallbackId()).set(PRINTER.FALLBACK_AFTER_S, setup.fallbackAfterS())
                        .set(PRINTER.PRINTED_SEQ, from)
                        .execute();
                saved = new Printer(id, setup, PrinterState.NEW, from);
            } else {
                var row = sql.selectFrom(PRINTER).where(PRINTER.ID.eq(printerId).and(PRINTER.REMOVED.isFalse()))
                        .fetchOptional().orElseThrow(() -> Problem.notFound("There is no printer " + printerId));
                sql.update(PRINTER).set(PRINTER.NAME, setup.name()).set(PRINTER.HOST, setup.host())
                        .set(PRINTER.PORT, setup.port()).set(PRINTER.PAPER_MM, setup.paperMm())
                        .set(PRINTER.STATIONS, String.join(",", setup.stations()))
                        .set(PRINTER.RECEIPTS, setup.receipts()).set(PRINTER.SCREENS_DOWN_ONLY, setup.screensDownOnly())
                        .set(PRINTER.FALLBACK_ID, setup.fallbackId()).set(PRINTER.FALLBACK_AFTER_S, setup.fallbackAfterS())
                        .where(PRINTER.ID.eq(printerId)).execute();
                saved = new Printer(printerId, setup, PrinterState.valueOf(row.getState()), row.getPrintedSeq());
            }
            byte[] body = Wire.bytes(printers.json(), saved);
            tx.log(seq -> new PrinterEvent.Saved(seq, saved, Wire.envelope(PrinterEvent.Saved.TYPE, seq, "printer",
                    body, by)));
            return saved;
        }
    }

    /** Removes a printer; a printer that falls back to it no longer has a fallback. */
    record Remove(int printerId, Integer by, Printers printers) implements Command<Integer> {
        @Override
        public Integer apply(Tx tx) {
            Authority.require(tx, by, Permission.CHANGE_SETTINGS);
            var sql = tx.sql();
            if (sql.update(PRINTER).set(PRINTER.REMOVED, true)
                    .where(PRINTER.ID.eq(printerId).and(PRINTER.REMOVED.isFalse())).execute() == 0) {
                throw Problem.notFound("There is no printer " + printerId);
            }
            sql.update(PRINTER).setNull(PRINTER.FALLBACK_ID).where(PRINTER.FALLBACK_ID.eq(printerId)).execute();
            byte[] body = Wire.bytes(printers.json(), new Printers.Removed(printerId));
            tx.log(seq -> new PrinterEvent.Removed(seq, printerId, Wire.envelope(PrinterEvent.Removed.TYPE, seq,
                    "printer", body, by)));
            return printerId;
        }
    }

    /** What a printer said when the suite last spoke to it. */
    record ChangeState(int printerId, String name, PrinterState state, Printers printers) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            if (tx.sql().update(PRINTER).set(PRINTER.STATE, state.name())
                    .where(PRINTER.ID.eq(printerId).and(PRINTER.REMOVED.isFalse())).execute() == 0) {
                return null;
            }
            byte[] body = Wire.bytes(printers.json(), new Printers.Said(printerId, name, state, state.words()));
            tx.log(seq -> new PrinterEvent.StateChanged(seq, printerId, name, state,
                    Wire.envelope(PrinterEvent.StateChanged.TYPE, seq, "printer", body)));
            return null;
        }
    }

    /**
     * A suite node is about to print the slip of event {@code seq}: true when it may, false when the
     * slip was printed already or another node is printing it (its claim is younger than {@link #CLAIM_FOR}).
     */
    record Claim(int printerId, long seq, String node) implements Command<Boolean> {
        @Override
        public Boolean apply(Tx tx) {
            var p = PRINTER;
            return tx.sql().update(p).set(p.CLAIMED_SEQ, seq).set(p.CLAIMED_BY, node).set(p.CLAIMED_AT, tx.now())
                    .where(p.ID.eq(printerId)).and(p.PRINTED_SEQ.lt(seq))
                    .and(p.CLAIMED_SEQ.isNull().or(p.CLAIMED_SEQ.lt(seq)).or(p.CLAIMED_BY.eq(node))
                            .or(p.CLAIMED_AT.lt(tx.now().minus(CLAIM_FOR))))
                    .execute() == 1;
        }
    }

    static final java.time.Duration CLAIM_FOR = java.time.Duration.ofSeconds(30);

    /** A slip printed: the printer goes on after its event (never back, whichever node printed what). */
    record Printed(PrinterEvent.Slip slip, Printers printers) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            move(tx, slip.printerId(), slip.throughSeq());
            byte[] body = Wire.bytes(printers.json(), slip);
            tx.log(seq -> new PrinterEvent.Printed(seq, slip, Wire.envelope(PrinterEvent.Printed.TYPE, seq, "slip",
                    body)));
            return null;
        }
    }

    /** Events that were nothing for the printer: its place in the log moves on, with no event of its own. */
    record Skipped(int printerId, long throughSeq) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            move(tx, printerId, throughSeq);
            return null;
        }
    }

    private static void move(Tx tx, int printerId, long throughSeq) {
        tx.sql().update(PRINTER).set(PRINTER.PRINTED_SEQ, throughSeq)
                .where(PRINTER.ID.eq(printerId)).and(PRINTER.PRINTED_SEQ.lt(throughSeq)).execute();
    }

    /** Staff ask for a receipt or a reprint (one request per printer); each printer prints it when it reaches its event. */
    record Request(List<PrintRequest> requests, Printers printers) implements Command<List<PrintRequest>> {
        @Override
        public List<PrintRequest> apply(Tx tx) {
            for (PrintRequest request : requests) {
                Authority.require(tx, request.by(), request.kind() == PrintRequest.Kind.RECEIPT
                        ? Permission.TAKE_PAYMENTS : Permission.USE_TABLES);
                if (!tx.sql().fetchExists(PRINTER, PRINTER.ID.eq(request.printerId())
                        .and(PRINTER.REMOVED.isFalse()))) {
                    throw Problem.notFound("There is no printer " + request.printerId());
                }
                byte[] body = Wire.bytes(printers.json(), request);
                tx.log(seq -> new PrinterEvent.Requested(seq, request, Wire.envelope(PrinterEvent.Requested.TYPE, seq,
                        "request", body, request.by())));
            }
            return requests;
        }
    }
}
