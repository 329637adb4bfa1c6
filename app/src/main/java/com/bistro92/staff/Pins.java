package com.bistro92.staff;

/** What a PIN must be: 4 to 8 digits, not all the same digit. */
final class Pins {

    static final int MIN = 4;
    static final int MAX = 8;

    private Pins() {
    }

    /** Why {@code pin} cannot be a PIN, or null when it can. */
    static String problem(String pin) {
        if (pin == null || pin.length() < MIN || pin.length() > MAX || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "must be " + MIN + " to " + MAX + " digits";
        }
        if (pin.chars().distinct().count() == 1) {
            return "must not be one digit repeated";
        }
        return null;
    }
}
