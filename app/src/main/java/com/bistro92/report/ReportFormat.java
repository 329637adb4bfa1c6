package com.bistro92.report;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report's figures read, the same on the screen and in the PDF. */
public final class ReportFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReportFormat() {
    }

    /** "12 min 05 s", "45 s", "1 h 02 min"; "—" for none. */
    public static String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        long seconds = Math.round(d.toMillis() / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return "%d min %02d s".formatted(seconds / 60, seconds % 60);
        }
        return "%d h %02d min".formatted(seconds / 3600, seconds % 3600 / 60);
    }

    /** A payment method as people write it: CASH as Cash. */
    public static String method(String method) {
        return method.isEmpty() ? method : method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The hour starting at {@code start}: "12:00-13:00". */
    public static String hour(LocalTime start) {
        return TIME.format(start) + "-" + TIME.format(start.plusHours(1));
    }

    /** A time of day: "12:05". */
    public static String time(LocalTime at) {
        return TIME.format(at);
    }
}
