package com.bistro92.server;

import com.bistro92.problem.Problem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reads the typed values of query parameters, the one place that does: a whole number within its
 * range, or a date or an instant within years 1 to 9999. Anything else is a 400 naming the parameter.
 * A date past that range would parse ({@link Instant} reaches the year 1,000,000,000) and then fail
 * in the database or a conversion, as a 500.
 */
final class QueryValues {

    /** The earliest instant a query may name: the first day of year 1, in UTC. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    /** The latest instant a query may name: the last moment of year 9999, in UTC. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final int MAX_DATE_LENGTH = 40;
    private static final int MAX_WHOLE_LENGTH = 12;

    private QueryValues() {
    }

    /**
     * {@code value} of parameter {@code name} as a whole number from {@code min} to {@code max}.
     *
     * @throws Problem 400 when it is not one
     */
    static int whole(String name, String value, int min, int max) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > MAX_WHOLE_LENGTH || !text.matches("[+-]?\\d+")) {
            throw Problem.badRequest(name + " must be a whole number");
        }
        long number = Long.parseLong(text);
        if (number < min || number > max) {
            throw Problem.badRequest(name + " must be between " + min + " and " + max);
        }
        return (int) number;
    }

    /**
     * {@code value} of parameter {@code name} as an instant: a date ({@code 2026-11-26}, its start
     * in {@code zone}) or an ISO instant ({@code 2026-11-26T18:00:00Z}), within years 1 to 9999.
     *
     * @throws Problem 400 when it is neither, or out of that range
     */
    static Instant instant(String name, String value, ZoneId zone) {
        String text = value.strip();
        Instant instant;
        boolean inRange;
        try {
            if (text.length() > MAX_DATE_LENGTH) {
                throw new DateTimeException("too long");
            }
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                inRange = date.getYear() >= 1 && date.getYear() <= 9999;
                instant = date.atStartOfDay(zone).toInstant();
            } else {
                instant = Instant.parse(text);
                inRange = !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
            }
        } catch (DateTimeException e) {
            throw Problem.badRequest(name + " must be a date (2026-11-26) or an ISO instant (2026-11-26T18:00:00Z)");
        }
        if (!inRange) {
            throw Problem.badRequest(name + " must be between 0001-01-01 and 9999-12-31");
        }
        return instant;
    }
}
