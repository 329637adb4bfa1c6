package com.bistro92.pad.rush;

import java.util.Locale;

/** What the rush tool does; {@link #ALL} runs the three load modes one after the other. */
enum Mode {
    BURST, SUSTAINED, FANOUT, ALL;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Mode parse(String text) {
        for (Mode mode : values()) {
            if (mode.label().equals(text)) {
                return mode;
            }
        }
        throw new UsageException("unknown mode '" + text + "': use burst, sustained, fanout or all");
    }
}
