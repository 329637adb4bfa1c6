package com.bistro92.pad.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Prices as the pad shows them: in the currency the menu states ({@code "currency": "EUR"}), with
 * exactly two decimals, written the pad's locale's way ("€14.50").
 */
record Prices(Currency currency, Locale locale) {

    private static final Currency FALLBACK = Currency.getInstance("EUR");

    /** The prices of {@code menu}; EUR when the menu states no currency (or one the JDK does not know). */
    static Prices of(JsonNode menu, Locale locale) {
        JsonNode code = menu == null ? null : menu.get("currency");
        Currency currency = FALLBACK;
        if (code != null && code.isTextual()) {
            try {
                currency = Currency.getInstance(code.asText());
            } catch (IllegalArgumentException unknown) {
                currency = FALLBACK;
            }
        }
        return new Prices(currency, locale);
    }

    /** "€14.50"; "" for null. */
    String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A modifier's price: "+€1.50", "−€0.50", or "" when it costs nothing. */
    String delta(BigDecimal delta) {
        if (delta == null || delta.signum() == 0) {
            return "";
        }
        return (delta.signum() > 0 ? "+" : "−") + format(delta.abs());
    }
}
