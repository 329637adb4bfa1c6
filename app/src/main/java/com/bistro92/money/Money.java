package com.bistro92.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Shows amounts of money the same way on every screen: with the restaurant's currency and two
 * decimals ("€14.50", "14,50 €", as the locale writes them). The currency is asked of a supplier
 * on each use, so that a currency set in the settings takes effect without rebuilding the screens.
 */
public final class Money {

    private static final Currency FALLBACK = Currency.getInstance("EUR");

    private final Supplier<Currency> currency;
    private final Locale locale;

    /** Formats in {@code locale} with whatever currency {@code currency} answers at the time. */
    public Money(Supplier<Currency> currency, Locale locale) {
        this.currency = Objects.requireNonNull(currency);
        this.locale = Objects.requireNonNull(locale);
    }

    /** The system locale's currency, in the system locale. */
    public static Money ofSystemLocale() {
        return new Money(Money::localCurrency, Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * The currency of the system's locale, or EUR when the locale names no country (or one with
     * no currency of its own, such as Antarctica).
     */
    public static Currency localCurrency() {
        return currencyOf(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The currency of {@code locale}'s country, or EUR when it has none. */
    public static Currency currencyOf(Locale locale) {
        try {
            Currency c = Currency.getInstance(locale);
            return c == null || "XXX".equals(c.getCurrencyCode()) ? FALLBACK : c;
        } catch (IllegalArgumentException noCountry) {
            return FALLBACK;
        }
    }

    /** The currency in use now. */
    public Currency currency() {
        return currency.get();
    }

    /** {@code amount} with the currency and exactly two decimals, rounded half-up; "" for null. */
    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A price change such as a modifier's: "+€1.50", "−€0.50", or "" for zero. */
    public String formatDelta(BigDecimal delta) {
        if (delta == null || delta.signum() == 0) {
            return "";
        }
        return (delta.signum() > 0 ? "+" : "−") + format(delta.abs());
    }
}
