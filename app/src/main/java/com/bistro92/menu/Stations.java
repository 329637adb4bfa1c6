package com.bistro92.menu;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one kitchen display shows: every station (the default), some stations only (a station
 * display, such as the grill's), or expo (whole tickets, with each station's progress).
 *
 * @param names the stations shown, upper case, in the order first named; empty for all stations and for expo
 * @param expo  whether this display is the expo's
 */
public record Stations(List<String> names, boolean expo) {

    /** Every station: the kitchen queue as it always was. */
    public static final Stations ALL = new Stations(List.of(), false);
    /** The expo (the pass): whole tickets, and a bump makes the ticket READY. */
    public static final Stations EXPO = new Stations(List.of(), true);
    /** The word that means expo where stations are named, as in {@code --stations EXPO}. */
    public static final String EXPO_NAME = "EXPO";
    /** The word that means every station. */
    public static final String ALL_NAME = "ALL";

    // as a menu item's station may be named (MenuRules)
    private static final Pattern NAME = Pattern.compile("[A-Z0-9][A-Z0-9 _-]{0,19}");

    public Stations {
        names = names.stream().map(Stations::normal).distinct().toList();
        if (expo && !names.isEmpty()) {
            throw new IllegalArgumentException("Expo shows every station; it takes no station names");
        }
    }

    /** The stations named, or {@link #ALL} when none is. */
    public static Stations of(Collection<String> names) {
        return new Stations(List.copyOf(names), false);
    }

    /**
     * Reads a choice as it is written on the command line or remembered: {@code GRILL,FRY},
     * {@code EXPO}, or {@code ALL} (also an empty text).
     *
     * @throws IllegalArgumentException when a name cannot be a station, or expo is mixed with stations
     */
    public static Stations parse(String text) {
        List<String> parts = text == null ? List.of() : java.util.Arrays.stream(text.split(","))
                .map(Stations::normal).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty() || parts.equals(List.of(ALL_NAME))) {
            return ALL;
        }
        if (parts.contains(EXPO_NAME)) {
            if (parts.size() > 1) {
                throw new IllegalArgumentException(EXPO_NAME + " shows every station; name it alone");
            }
            return EXPO;
        }
        for (String part : parts) {
            if (part.equals(ALL_NAME) || !NAME.matcher(part).matches()) {
                throw new IllegalArgumentException("Not a kitchen station: " + part);
            }
        }
        return of(parts);
    }

    /** As {@link #parse} reads it back. */
    public String text() {
        return expo ? EXPO_NAME : names.isEmpty() ? ALL_NAME : String.join(",", names);
    }

    /** Every station's lines in full, not expo. */
    public boolean all() {
        return !expo && names.isEmpty();
    }

    /** A station display: only some stations' lines, and a bump marks those lines done. */
    public boolean someStations() {
        return !names.isEmpty();
    }

    /** Whether this display shows lines from {@code station} in full. */
    public boolean covers(String station) {
        return names.isEmpty() || names.contains(normal(station));
    }

    /** For the kitchen bar's title: "All stations", "Expo", or "GRILL + FRY". */
    public String label() {
        return expo ? "Expo" : names.isEmpty() ? "All stations" : String.join(" + ", names);
    }

    private static String normal(String station) {
        return station == null ? "" : station.strip().toUpperCase(Locale.ROOT);
    }
}
