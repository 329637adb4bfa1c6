package com.bistro92.journal;

/**
 * A kind of thing that {@link Invariant}s hold for, one key at a time: a command that changes one
 * names it with {@link Tx#changed}, e.g. {@code tx.changed(BILL, sessionId)}.
 *
 * @param name what it is, in words, for messages: "the bill of a table session"
 */
public record Subject(String name) {
}
