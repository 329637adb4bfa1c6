package com.bistro92.print;

/**
 * A receipt or a reprint asked for by staff: the printer prints it when it reaches the request in
 * the event log, like any ticket.
 *
 * @param printerId the printer to print it on
 * @param orderId   the order to print again (a reprint), or null
 * @param sessionId the party whose bill to print (a receipt), or null
 */
public record PrintRequest(Kind kind, int printerId, Long orderId, Long sessionId, Integer by) {

    public enum Kind {
        /** An order's ticket again, marked REPRINT in large type. */
        REPRINT,
        /** A party's bill, as the Bill panel shows it. */
        RECEIPT
    }
}
