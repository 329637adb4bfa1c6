package com.bistro92.pad.rush;

/** The order ids of {@code GET /api/orders}, or why they could not be read. */
record Listing(long[] ids, String error) {

    static Listing of(long[] ids) {
        return new Listing(ids.clone(), null);
    }

    static Listing failed(String error) {
        return new Listing(new long[0], error);
    }

    boolean ok() {
        return error == null;
    }
}
