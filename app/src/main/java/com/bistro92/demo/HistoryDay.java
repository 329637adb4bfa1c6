package com.bistro92.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One made-up day of trade for {@link DemoHistory}: parties seated through a lunch and a dinner
 * peak, each ordering drinks, then food, then maybe dessert; tickets that take longer when the
 * kitchen is busy, and a few cancellations. Plain values only; {@link DemoHistory} writes them.
 */
final class HistoryDay {

    /** A menu item as the generator needs it. */
    record Item(int id, String name, BigDecimal price, int prepMinutes, String station, Course course,
                double popularity) {
    }

    /** When in a meal an item is ordered. */
    enum Course {
        DRINK, STARTER, MAIN, SIDE, DESSERT
    }

    record Line(Item item, int quantity, boolean comped) {
        BigDecimal total() {
            return item.price().multiply(BigDecimal.valueOf(quantity));
        }
    }

    record Order(Instant placed, List<Line> lines, boolean staff) {
    }

    record Party(int table, int guests, Instant seated, List<Order> orders) {
    }

    /** How busy each weekday is, Monday first. */
    private static final double[] WEEKDAY = {0.62, 0.70, 0.80, 0.95, 1.35, 1.55, 1.15};
    /** Parties on an average day; with about three orders each, about 820 orders a day. */
    private static final double PARTIES_PER_DAY = 275;

    private final List<Item> menu;
    private final List<Integer> tables;
    private final RandomGenerator random;

    HistoryDay(List<Item> menu, List<Integer> tables, RandomGenerator random) {
        this.menu = menu;
        this.tables = tables;
        this.random = random;
    }

    /** The parties of {@code day}, in the order they sat down; none seated at or after {@code until}. */
    List<Party> parties(LocalDate day, ZoneId zone, Instant until) {
        double busy = WEEKDAY[day.getDayOfWeek().getValue() - 1] * season(day) * (0.9 + 0.2 * random.nextDouble());
        int count = (int) Math.round(PARTIES_PER_DAY * busy / 1.02);
        Instant midnight = day.atStartOfDay(zone).toInstant();
        List<Party> parties = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant seated = midnight.plusSeconds(Math.round(seatedAtHour(day.getDayOfWeek()) * 3600));
            if (!seated.isBefore(until)) {
                continue;
            }
            int table = tables.get(random.nextInt(tables.size()));
            int guests = guests();
            parties.add(new Party(table, guests, seated, orders(seated, guests)));
        }
        parties.sort(java.util.Comparator.comparing(Party::seated));
        return parties;
    }

    /** Summer terrace and December parties above, January and February below. */
    private static double season(LocalDate day) {
        double summer = Math.cos((day.getDayOfYear() - 200) / 365.0 * 2 * Math.PI);
        double december = day.getMonthValue() == 12 ? 0.15 : 0;
        return 1 + 0.12 * summer + december;
    }

    /** A local time of day, in hours: a lunch peak near 12:45, a dinner peak near 19:30, a quiet afternoon. */
    private double seatedAtHour(DayOfWeek weekday) {
        double lunchShare = weekday.getValue() >= 6 ? 0.42 : 0.36;
        double u = random.nextDouble();
        double hour;
        if (u < lunchShare) {
            hour = 12.75 + random.nextGaussian() * 0.65;
        } else if (u < lunchShare + 0.08) {
            hour = 14.5 + random.nextDouble() * 3;
        } else {
            hour = 19.5 + random.nextGaussian() * 1.0;
        }
        return Math.clamp(hour, 11.0, 22.25);
    }

    private int guests() {
        double u = random.nextDouble();
        return u < 0.12 ? 1 : u < 0.55 ? 2 : u < 0.70 ? 3 : u < 0.88 ? 4 : u < 0.96 ? 5 : 6;
    }

    /** Drinks first, food a few minutes later, and dessert or coffee for about half the parties. */
    private List<Order> orders(Instant seated, int guests) {
        List<Order> orders = new ArrayList<>(4);
        Instant t = seated.plusSeconds(60 + random.nextInt(300));
        orders.add(order(t, lines(guests, Course.DRINK)));
        t = t.plusSeconds(240 + random.nextInt(600));
        List<Line> food = new ArrayList<>(lines(Math.max(1, guests / 2 + random.nextInt(2) - 1), Course.STARTER));
        food.addAll(lines(guests, Course.MAIN));
        food.addAll(lines(random.nextInt(guests + 1) / 2, Course.SIDE));
        orders.add(order(t, merge(food)));
        if (random.nextDouble() < 0.35) {
            orders.add(order(t.plusSeconds(900 + random.nextInt(900)), lines(Math.max(1, guests / 2), Course.DRINK)));
        }
        if (random.nextDouble() < 0.5) {
            t = t.plusSeconds(2400 + random.nextInt(1500));
            List<Line> sweet = new ArrayList<>(lines(Math.max(1, random.nextInt(guests) + 1), Course.DESSERT));
            sweet.addAll(lines(random.nextInt(guests + 1), Course.DRINK));
            orders.add(order(t, merge(sweet)));
        }
        return orders;
    }

    private Order order(Instant placed, List<Line> lines) {
        return new Order(placed, lines, random.nextDouble() < 0.15);
    }

    /** {@code count} picks among the course's items, weighted by popularity. */
    private List<Line> lines(int count, Course course) {
        List<Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new Line(pick(course), 1, random.nextDouble() < 0.004));
        }
        return merge(lines);
    }

    /** Equal picks become one line with a quantity, as a pad sends them. */
    private static List<Line> merge(List<Line> lines) {
        List<Line> merged = new ArrayList<>(lines.size());
        for (Line line : lines) {
            int at = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i).item() == line.item() && merged.get(i).comped() == line.comped()) {
                    at = i;
                }
            }
            if (at < 0) {
                merged.add(line);
            } else {
                Line before = merged.get(at);
                merged.set(at, new Line(before.item(), Math.min(99, before.quantity() + line.quantity()),
                        before.comped()));
            }
        }
        return merged;
    }

    private Item pick(Course course) {
        double total = 0;
        for (Item item : menu) {
            if (item.course() == course) {
                total += item.popularity();
            }
        }
        double u = random.nextDouble() * total;
        Item last = null;
        for (Item item : menu) {
            if (item.course() == course) {
                last = item;
                u -= item.popularity();
                if (u <= 0) {
                    return item;
                }
            }
        }
        return last;
    }
}
