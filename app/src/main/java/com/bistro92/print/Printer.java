package com.bistro92.print;

/**
 * A printer: its setup, what it last said, and how far through the event log it has printed.
 *
 * @param printedSeq the last event whose tickets it printed or handed to its fallback
 */
public record Printer(int id, PrinterSetup setup, PrinterState state, long printedSeq) {

    public String name() {
        return setup.name();
    }

    Printer printedThrough(long seq) {
        return new Printer(id, setup, state, seq);
    }

    Printer withState(PrinterState next) {
        return new Printer(id, setup, next, printedSeq);
    }
}
