package com.bistro92.menu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The 14 allergens that EU law (Regulation 1169/2011, Annex II) says a restaurant must declare, as
 * tags on menu items and modifiers. Written on the wire and in the database as their codes
 * ({@code gluten}, {@code milk}, ...), always in this order.
 */
public enum Allergen {
    GLUTEN("gluten", "Gluten"),
    CRUSTACEANS("crustaceans", "Crustaceans"),
    EGGS("eggs", "Eggs"),
    FISH("fish", "Fish"),
    PEANUTS("peanuts", "Peanuts"),
    SOY("soy", "Soy"),
    MILK("milk", "Milk"),
    NUTS("nuts", "Nuts"),
    CELERY("celery", "Celery"),
    MUSTARD("mustard", "Mustard"),
    SESAME("sesame", "Sesame"),
    SULPHITES("sulphites", "Sulphites"),
    LUPIN("lupin", "Lupin"),
    MOLLUSCS("molluscs", "Molluscs");

    private final String code;
    private final String label;

    Allergen(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The allergen's name in English, for the desktop. */
    public String label() {
        return label;
    }

    /** The allergen with {@code code}, or its English name, in any case; 422-worthy if none. */
    @JsonCreator
    public static Allergen of(String code) {
        String key = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Allergen a : values()) {
            if (a.code.equals(key) || a.label.toLowerCase(Locale.ROOT).equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException(code + " is not one of the 14 allergens: "
                + Arrays.stream(values()).map(Allergen::code).collect(Collectors.joining(", ")));
    }

    /** {@code allergens} once each, in this enum's order; none for null (a client that sent none). */
    public static List<Allergen> sorted(Collection<Allergen> allergens) {
        return allergens == null ? List.of() : allergens.stream().distinct().sorted().toList();
    }

    /** The codes, comma-separated in this enum's order: how the database keeps them ({@code ""} for none). */
    public static String codes(Collection<Allergen> allergens) {
        return sorted(allergens).stream().map(Allergen::code).collect(Collectors.joining(","));
    }

    /** Reads what {@link #codes} wrote, or a list a person typed (commas or semicolons between). */
    public static List<Allergen> parse(String text) {
        List<Allergen> read = new ArrayList<>();
        if (text != null) {
            Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).map(Allergen::of)
                    .forEach(read::add);
        }
        return sorted(read);
    }
}
