package com.bistro92.server;

import com.bistro92.integration.IntegrationIdentity;
import com.bistro92.order.NewOrder;
import com.bistro92.table.DisplayIdentity;
import com.bistro92.table.PadIdentity;

/**
 * Who is calling: staff (the staff token, on this computer), a program on this computer without
 * it (the seed contract's clients), a paired pad or display (by its bearer token), a device about
 * to pair, or the monitoring server (its address, for the metrics only).
 */
public sealed interface Caller {

    /** The request attribute that carries the caller. */
    String ATTRIBUTE = "bistro92.caller";

    /**
     * Whose idempotency keys this caller's are among: a key is unique per pad, per display, for staff
     * and for this computer's seed clients, so another caller's key is never a conflict, nor a clue.
     */
    default String keyScope() {
        return switch (this) {
            case Staff s -> NewOrder.STAFF_KEYS;
            case Local l -> NewOrder.SEED_KEYS;
            case Pad p -> NewOrder.padKeys(p.pad().padId());
            case Display d -> NewOrder.displayKeys(d.display().displayId());
            case Unpaired u -> "unpaired";
            case Monitor m -> "monitor";
            case Integration i -> "integration:" + i.client().id();
        };
    }

    record Staff() implements Caller {
    }

    record Local() implements Caller {
    }

    /**
     * A paired pad: the emulator or another program by its bearer token, or the web pad in a
     * browser by its {@code HttpOnly} cookie ({@code viaCookie}), which script cannot read.
     */
    record Pad(PadIdentity pad, boolean viaCookie) implements Caller {

        /** A pad by its bearer token. */
        public Pad(PadIdentity pad) {
            this(pad, false);
        }
    }

    /** A second kitchen screen or ready board on another PC: every kitchen order, the kitchen's steps only. */
    record Display(DisplayIdentity display) implements Caller {
    }

    record Unpaired() implements Caller {
    }

    /** An outside system by its own token: the feed, the menu, counts and availability; nothing else. */
    record Integration(IntegrationIdentity client) implements Caller {
    }

    /** The monitoring server the settings name, without a token: it may read the metrics and nothing else. */
    record Monitor() implements Caller {
    }
}
