package com.bistro92.history;

/** A table the history can be filtered by: every table that exists, on the floor or not. */
public record TableChoice(int id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
