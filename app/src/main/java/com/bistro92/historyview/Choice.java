package com.bistro92.historyview;

/** An entry of a filter's drop-down: what it says, and what it filters by (null: everything). */
record Choice<T>(String label, T value) {
    @Override
    public String toString() {
        return label;
    }
}
