package com.bistro92.table;

/** A paired pad, as its token identifies it: which pad, at which table. */
public record PadIdentity(int padId, String name, int tableId, String table) {
}
