package com.bistro92.pad.rush;

/**
 * The part of the server's order JSON the rush tool reads: from the {@code 201} answer of
 * {@code POST /api/order} and from {@code GET /api/orders}. Other fields are ignored.
 */
record SeedOrder(long id, String table, String status, long version) {
}
