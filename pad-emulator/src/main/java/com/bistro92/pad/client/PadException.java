package com.bistro92.pad.client;

/**
 * A request the server refused ({@code status} 4xx/5xx, with its problem title and detail), or
 * could not be sent at all ({@link #offline()}: status 0).
 */
public final class PadException extends Exception {

    private final int status;
    private final String title;

    PadException(int status, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.title = title;
    }

    static PadException offline(Throwable cause) {
        return new PadException(0, "Offline", "The server cannot be reached", cause);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** True when the request never got an answer: the guest should see the offline banner. */
    public boolean offline() {
        return status == 0;
    }
}
