package com.bistro92.menu;

import com.bistro92.money.Amounts;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.text.CleanText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the menu accepts, field by field. Every menu command checks its input here (inside its
 * transaction, so nothing is written when a check fails), and the editor asks the same rules as
 * the manager types, so both say the same thing.
 */
public final class MenuRules {

    public static final int CATEGORY_NAME_MAX = 60;
    public static final int ITEM_NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 500;
    public static final int GROUP_NAME_MAX = 60;
    public static final int MODIFIER_NAME_MAX = 60;
    public static final int PREP_MINUTES_MAX = 240;
    public static final int CHOICES_MAX = 20;
    public static final BigDecimal PRICE_MAX = new BigDecimal("99999.99");
    public static final BigDecimal DELTA_LIMIT = new BigDecimal("1000");
    private static final Pattern STATION = Pattern.compile("[A-Z0-9][A-Z0-9 _-]{0,19}");

    private MenuRules() {
    }

    /** Why {@code name} cannot be a name of at most {@code max} characters, or null. */
    public static String name(String name, int max) {
        if (name == null || name.isBlank()) {
            return "Enter a name";
        }
        String clean = CleanText.nfc(name.strip());
        if (clean.codePointCount(0, clean.length()) > max) {
            return "At most " + max + " characters";
        }
        String bad = CleanText.problem(clean, false);
        return bad == null ? null : "The name " + bad;
    }

    /** Why {@code text} cannot be a price (at least 0, at most 99,999.99, two decimals), or null. */
    public static String price(String text) {
        BigDecimal price = decimal(text);
        return price == null ? "Enter a price such as 12.50" : price(price);
    }

    public static String price(BigDecimal price) {
        if (price == null) {
            return "Enter a price such as 12.50";
        }
        if (price.signum() < 0) {
            return "A price cannot be negative";
        }
        if (price.compareTo(PRICE_MAX) > 0) {
            return "At most " + PRICE_MAX.toPlainString();
        }
        return cents(price) ? null : "At most two decimals";
    }

    /** Why {@code delta} cannot be a modifier's price delta, or null. */
    public static String delta(BigDecimal delta) {
        if (delta == null) {
            return "Enter an amount such as 1.50 (0 for none)";
        }
        if (delta.abs().compareTo(DELTA_LIMIT) > 0) {
            return "Between -1000 and 1000";
        }
        return cents(delta) ? null : "At most two decimals";
    }

    /** {@code text} as an exact decimal ("12.5", "12.50"; no grouping, no exponent), or null. */
    public static BigDecimal decimal(String text) {
        return Amounts.parse(text);
    }

    private static boolean cents(BigDecimal amount) {
        return Amounts.atMostDecimals(amount, 2);
    }

    /** The checks of an item's fields; the name's uniqueness is checked against the menu by the command. */
    public static List<FieldError> item(ItemDraft d) {
        List<FieldError> errors = new ArrayList<>();
        add(errors, "name", name(d.name(), ITEM_NAME_MAX));
        String description = d.description() == null ? "" : CleanText.nfc(d.description().strip());
        if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
            add(errors, "description", "At most " + DESCRIPTION_MAX + " characters");
        } else {
            add(errors, "description", CleanText.problem(description, true) == null ? null
                    : "The description " + CleanText.problem(description, true));
        }
        add(errors, "price", price(d.price()));
        if (d.prepMinutes() < 0 || d.prepMinutes() > PREP_MINUTES_MAX) {
            add(errors, "prep_minutes", "Between 0 and " + PREP_MINUTES_MAX + " minutes");
        }
        add(errors, "station", station(d.station()));
        return errors;
    }

    /** Why {@code station} cannot name a kitchen station (letters, digits, space, - or _; up to 20), or null. */
    public static String station(String station) {
        if (station == null || station.isBlank()) {
            return "Enter a kitchen station such as KITCHEN, GRILL or BAR";
        }
        return STATION.matcher(stationOf(station)).matches() ? null
                : "Up to 20 letters, digits, spaces, - or _";
    }

    /** A station as stored: trimmed, upper case. */
    public static String stationOf(String station) {
        return station.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static List<FieldError> group(GroupDraft d) {
        List<FieldError> errors = new ArrayList<>();
        add(errors, "name", name(d.name(), GROUP_NAME_MAX));
        if (d.minChoices() < 0 || d.minChoices() > CHOICES_MAX) {
            add(errors, "min_choices", "Between 0 and " + CHOICES_MAX);
        }
        if (d.maxChoices() < 1 || d.maxChoices() > CHOICES_MAX) {
            add(errors, "max_choices", "Between 1 and " + CHOICES_MAX);
        } else if (d.minChoices() > d.maxChoices()) {
            add(errors, "max_choices", "Must be at least the minimum (" + d.minChoices() + ")");
        }
        return errors;
    }

    public static List<FieldError> modifier(ModifierDraft d) {
        List<FieldError> errors = new ArrayList<>();
        add(errors, "name", name(d.name(), MODIFIER_NAME_MAX));
        add(errors, "price_delta", delta(d.priceDelta()));
        return errors;
    }

    /** Refuses with a 422 naming every field in {@code errors}; does nothing when there is none. */
    static void check(String title, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Problem.unprocessable(title, errors);
        }
    }

    static Problem refused(String title, String field, String message) {
        return Problem.unprocessable(title, List.of(new FieldError(field, message)));
    }

    /** A name as stored: NFC, trimmed. */
    static String clean(String name) {
        return CleanText.nfc(name.strip());
    }

    private static void add(List<FieldError> errors, String field, String message) {
        if (message != null) {
            errors.add(new FieldError(field, message));
        }
    }
}
