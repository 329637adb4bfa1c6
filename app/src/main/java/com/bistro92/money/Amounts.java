package com.bistro92.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one check of an amount of money that came from outside (a request, a form, a file), made
 * before any arithmetic on it. It looks only at how many digits the value has and where its decimal
 * point is, so that refusing {@code 1e1000000} costs as little as accepting {@code 12.50}: rounding
 * such a value to the cent would build a number of a million digits.
 */
public final class Amounts {

    /** The most a money column ({@code DECIMAL(12,2)}) holds. */
    public static final BigDecimal COLUMN_MAX = new BigDecimal("9999999999.99");

    /** The smallest amount more than nothing. */
    public static final BigDecimal CENT = new BigDecimal("0.01");

    private static final int COLUMN_WHOLE_DIGITS = 10;

    /** Decimal text as a person types it: a sign, digits, and a point or comma; no exponent, no grouping. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d{1,12}([.,]\\d{1,9})?");

    private Amounts() {
    }

    /**
     * Why {@code value} is not an amount from {@code min} to {@code max} (both within what a money
     * column holds) in whole cents, or null when it is one.
     */
    public static String problem(BigDecimal value, BigDecimal min, BigDecimal max) {
        String range = "must be from " + min.toPlainString() + " to " + max.toPlainString() + ", in whole cents";
        if (value == null || wholeDigits(value) > COLUMN_WHOLE_DIGITS || !atMostDecimals(value, 2)) {
            return range;
        }
        return value.compareTo(min) < 0 || value.compareTo(max) > 0 ? range : null;
    }

    /**
     * Whether {@code value} has at most {@code places} decimals once trailing zeros are dropped
     * ({@code 1.500} has one). Costs no more than the digits the value was written with, whatever its
     * exponent.
     */
    public static boolean atMostDecimals(BigDecimal value, int places) {
        if (value.scale() <= places || value.signum() == 0) {
            return true;
        }
        // only zeros may follow the last allowed place; a value with fewer digits than that cannot end so
        if ((long) value.scale() - places > value.precision()) {
            return false;
        }
        return value.stripTrailingZeros().scale() <= places;
    }

    /** Digits before the decimal point, 0 for a value under 1; from the value's precision and scale alone. */
    static long wholeDigits(BigDecimal value) {
        return value.signum() == 0 ? 0 : Math.max(0, (long) value.precision() - value.scale());
    }

    /**
     * {@code text} as typed into a form ("12.5", "12,50", "-3"), or null when it is not such a number:
     * no exponent, no grouping, at most 12 digits before the point and 9 after.
     */
    public static BigDecimal parse(String text) {
        if (text == null || !PLAIN.matcher(text.strip()).matches()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.'));
    }
}
