package com.bistro92.journal;

/**
 * The writer lost the database (a database server that stopped, or the network to it), or has it
 * back. Announced on the stream, not logged: while it is lost, every change is refused with 503.
 *
 * @param reachable whether changes are accepted again
 */
public record DatabaseLink(boolean reachable) implements Event {
}
