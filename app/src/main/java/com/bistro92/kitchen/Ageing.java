package com.bistro92.kitchen;

import java.time.Duration;

/**
 * How late a ticket is: fresh (green), warning (yellow) from the first threshold, late (red)
 * from the second.
 */
public record Ageing(Duration warnAfter, Duration lateAfter) {

    public static final Ageing DEFAULT = new Ageing(Duration.ofMinutes(5), Duration.ofMinutes(10));

    /** The three colours of a ticket. */
    public enum Age {
        FRESH, WARNING, LATE;

        public String styleClass() {
            return "ticket-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Ageing {
        if (warnAfter.isNegative() || lateAfter.compareTo(warnAfter) < 0) {
            throw new IllegalArgumentException("Ticket ageing needs 0 <= warning <= late, not " + warnAfter + " / "
                    + lateAfter);
        }
    }

    public Age of(Duration age) {
        if (age.compareTo(lateAfter) >= 0) {
            return Age.LATE;
        }
        return age.compareTo(warnAfter) >= 0 ? Age.WARNING : Age.FRESH;
    }

    /** "4:07" or "1:02:15": minutes and seconds, with hours once past an hour. */
    public static String clock(Duration age) {
        long s = Math.max(0, age.toSeconds());
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s % 3600 / 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
    }
}
