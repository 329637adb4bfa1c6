package com.bistro92.server;

import com.bistro92.table.PadIdentity;

/** Who is calling: staff on this computer, a paired pad (by its bearer token), or someone about to pair. */
sealed interface Caller {

    /** The request attribute that carries the caller. */
    String ATTRIBUTE = "bistro92.caller";

    record Staff() implements Caller {
    }

    record Pad(PadIdentity pad) implements Caller {
    }

    record Unpaired() implements Caller {
    }
}
