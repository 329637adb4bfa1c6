package com.bistro92.table;

/** A paired display (a second kitchen screen or a ready board on another PC), as its token identifies it. */
public record DisplayIdentity(int displayId, String name) {
}
