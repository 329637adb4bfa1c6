package com.bistro92.print;

import com.bistro92.journal.LoggedEvent;

/** A printer was set up, removed, changed state, printed, or was asked to print. Staff only, about no table. */
public sealed interface PrinterEvent extends LoggedEvent {

    @Override
    default Integer tableId() {
        return null;
    }

    @Override
    default boolean staffOnly() {
        return true;
    }

    /** Staff added a printer or changed its setup. */
    record Saved(long seq, Printer printer, String json) implements PrinterEvent {
        public static final String TYPE = "printer_saved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Staff removed a printer: it prints nothing more. */
    record Removed(long seq, int printerId, String json) implements PrinterEvent {
        public static final String TYPE = "printer_removed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A printer came back, went offline, or ran out of paper. */
    record StateChanged(long seq, int printerId, String name, PrinterState state, String json) implements PrinterEvent {
        public static final String TYPE = "printer_state";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A printer printed a slip (or its fallback printed it): its place in the log moved on. */
    record Printed(long seq, Slip slip, String json) implements PrinterEvent {
        public static final String TYPE = "printed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Someone asked for a receipt or a reprint. */
    record Requested(long seq, PrintRequest request, String json) implements PrinterEvent {
        public static final String TYPE = "print_requested";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * What was printed, for the log and the screens.
     *
     * @param printerId the printer whose slip it was
     * @param throughSeq the event it printed; the printer goes on after it
     * @param printedOn the printer that printed it: its own id, or its fallback's
     * @param what      e.g. "Order 12 · GRILL" or "Receipt · Table 5"
     */
    record Slip(int printerId, long throughSeq, int printedOn, String what) {
    }
}
