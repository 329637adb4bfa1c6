package com.bistro92.menu;

/** What a confirmed import did: items added, updated, and taken off the menu. */
public record ImportResult(int added, int updated, int removed) {
}
