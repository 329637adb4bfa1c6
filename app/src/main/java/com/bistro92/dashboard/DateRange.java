package com.bistro92.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days a dashboard shows, both ends included, in the restaurant's time zone, and how they
 * compare with the same period before: the day before, the week before, the month before, or as
 * many days before for a custom range.
 */
public record DateRange(Kind kind, LocalDate from, LocalDate to) {

    /** The ranges the date-range picker offers. */
    public enum Kind {
        TODAY("Today"), YESTERDAY("Yesterday"), THIS_WEEK("This week"), THIS_MONTH("This month"), CUSTOM("Custom");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DateRange {
        Objects.requireNonNull(kind);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range ends on or after its first day: " + from + " to " + to);
        }
    }

    /** The preset {@code kind} as seen on {@code today} (weeks start on Monday). */
    public static DateRange of(Kind kind, LocalDate today) {
        return switch (kind) {
            case TODAY -> new DateRange(kind, today, today);
            case YESTERDAY -> new DateRange(kind, today.minusDays(1), today.minusDays(1));
            case THIS_WEEK -> new DateRange(kind, today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)),
                    today.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY)));
            case THIS_MONTH -> new DateRange(kind, today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case CUSTOM -> throw new IllegalArgumentException("A custom range needs its days");
        };
    }

    /** A custom range. */
    public static DateRange custom(LocalDate from, LocalDate to) {
        return new DateRange(Kind.CUSTOM, from, to);
    }

    /** How many days the range holds. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The same period before: the month before for a month, else as many days before. */
    public DateRange previous() {
        if (kind == Kind.THIS_MONTH) {
            LocalDate first = from.minusMonths(1);
            return new DateRange(kind, first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        return new DateRange(kind, from.minusDays(days()), to.minusDays(days()));
    }

    /** The day of the previous period that matches {@code day} of this one. */
    public LocalDate before(LocalDate day) {
        return kind == Kind.THIS_MONTH ? day.minusMonths(1) : day.minusDays(days());
    }

    /** What the comparison is called: "yesterday", "last week", "last month", "the 7 days before". */
    public String previousName() {
        return switch (kind) {
            case TODAY -> "yesterday";
            case YESTERDAY -> "the day before";
            case THIS_WEEK -> "last week";
            case THIS_MONTH -> "last month";
            case CUSTOM -> days() == 1 ? "the day before" : "the " + days() + " days before";
        };
    }
}
