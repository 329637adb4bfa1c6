package com.bistro92.pad.rush;

/**
 * The end-of-run check.
 *
 * @param listed     acknowledged ids found in {@code GET /api/orders}
 * @param missing    acknowledged ids not found there
 * @param duplicated acknowledged ids found there more than once
 */
record Verdict(boolean pass, int acknowledged, int listed, int missing, int duplicated,
               int listenersComplete, int listeners, String line) {
}
