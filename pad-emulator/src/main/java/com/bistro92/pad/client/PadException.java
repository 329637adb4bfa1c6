package com.bistro92.pad.client;

/**
 * A request the server refused ({@code status} 4xx/5xx, with its problem title and detail), could
 * not be sent at all ({@link #offline()}: status 0), or was not sent because the server showed a
 * certificate other than the pinned one ({@link #untrusted()}).
 */
public final class PadException extends Exception {

    private final int status;
    private final String title;
    private final boolean untrusted;

    PadException(int status, String title, String detail, Throwable cause) {
        this(status, title, detail, cause, false);
    }

    private PadException(int status, String title, String detail, Throwable cause, boolean untrusted) {
        super(detail, cause);
        this.status = status;
        this.title = title;
        this.untrusted = untrusted;
    }

    static PadException offline(Throwable cause) {
        return new PadException(0, "Offline", "The server cannot be reached", cause);
    }

    static PadException untrusted(CertificateMismatch cause) {
        return new PadException(0, "Untrusted server", cause.getMessage(), cause, true);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** True when the request never got an answer: the guest should see the offline banner. */
    public boolean offline() {
        return status == 0 && !untrusted;
    }

    /** True when the server's certificate was not the pinned one: nothing was sent, and trying again will not help. */
    public boolean untrusted() {
        return untrusted;
    }
}
