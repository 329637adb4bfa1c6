package com.bistro92.demo;

import com.bistro92.bill.Tax;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One made-up day of trade for {@link DemoHistory}: parties arrive through a lunch and a dinner
 * peak (more of them on a Friday or a Saturday than on a Monday) and are seated at a free table
 * big enough for them, waiting a few minutes for one at the peak or going elsewhere; each orders
 * ({@link HistoryParty}), is cooked for by the day's kitchen ({@link HistoryKitchen}), pays
 * ({@link HistoryBill}) and leaves, and the table is reset for the next. So a table never holds
 * two parties at once, and the kitchen is only as busy as the tables let it be. Plain values only;
 * {@link DemoHistory} writes them.
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

    /** A table the restaurant seats parties at. */
    record Table(int id, int seats) {
    }

    record Line(Item item, int quantity, boolean comped) {
        BigDecimal total() {
            return item.price().multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** A void of the whole order ({@code lineNo} null) or the comp of one of its lines (from 1), with its reason. */
    record Adjustment(Integer lineNo, String reason, Instant at) {
        boolean isVoid() {
            return lineNo == null;
        }
    }

    /** An order; its ticket is null when it was voided before the kitchen finished it. */
    record Order(Instant placed, List<Line> lines, boolean staff, HistoryKitchen.Ticket ticket, Adjustment adjustment) {
        boolean voided() {
            return adjustment != null && adjustment.isVoid();
        }

        /** What the order adds to its bill: its lines less the comped one (its total as the suite keeps it). */
        BigDecimal total() {
            BigDecimal total = BigDecimal.ZERO;
            for (Line line : lines) {
                total = line.comped() ? total : total.add(line.total());
            }
            return total.setScale(2);
        }
    }

    /** A party from sitting down to its last payment, which closes the table. */
    record Party(int table, int guests, Instant seated, List<Order> orders, List<HistoryBill.Pay> payments) {
        Instant closed() {
            return payments.getLast().at();
        }
    }

    /** How busy each weekday is, Monday first. */
    private static final double[] WEEKDAY = {0.62, 0.70, 0.80, 0.95, 1.35, 1.55, 1.15};
    /** Parties that come to the door on an average day; on a busy one the tables turn away some. */
    private static final double ARRIVALS_PER_DAY = 68;
    /** How long a party waits at the bar for a table before it goes elsewhere. */
    private static final Duration WAIT = Duration.ofMinutes(12);
    /** The last party pays before midnight, so each day's Z report holds its parties' whole bills. */
    private static final Duration LAST_PAYMENT = Duration.ofHours(23).plusMinutes(50);

    private final List<Table> tables;
    private final HistoryParty party;
    private final HistoryBill bill;
    private final RandomGenerator random;

    HistoryDay(List<Item> menu, List<Table> tables, RandomGenerator random) {
        this.tables = tables;
        this.party = new HistoryParty(menu, random);
        this.bill = new HistoryBill(random);
        this.random = random;
    }

    /**
     * The parties of {@code day} that had paid and left before {@code until}, in the order they sat
     * down, their bills worked out with {@code tax} as the suite works them out.
     */
    List<Party> parties(LocalDate day, ZoneId zone, Instant until, Tax tax) {
        double busy = WEEKDAY[day.getDayOfWeek().getValue() - 1] * season(day) * (0.9 + 0.2 * random.nextDouble());
        int count = (int) Math.round(ARRIVALS_PER_DAY * busy);
        Instant midnight = day.atStartOfDay(zone).toInstant();
        List<Double> hours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hours.add(arrivalHour(day.getDayOfWeek()));
        }
        hours.sort(Comparator.naturalOrder());
        Instant[] free = new Instant[tables.size()];
        java.util.Arrays.fill(free, midnight);
        HistoryKitchen kitchen = new HistoryKitchen(random);
        Instant lastPayment = midnight.plus(LAST_PAYMENT);
        List<Party> parties = new ArrayList<>();
        for (double hour : hours) {
            Instant arrived = midnight.plusSeconds(Math.round(hour * 3600));
            int guests = guests(day.getDayOfWeek());
            int t = table(free, guests, arrived);
            if (t < 0 || !arrived.isBefore(until)) {
                continue;
            }
            Instant seated = free[t].isAfter(arrived) ? free[t] : arrived;
            HistoryParty.Served served = party.serve(seated, guests, hour < 16, kitchen);
            BigDecimal total = tax.on(served.subtotal()).total();
            Party p = new Party(tables.get(t).id(), guests, seated, served.orders(),
                    bill.settle(total, guests, served.billAsked()));
            if (p.closed().isAfter(lastPayment) || !p.closed().isBefore(until)) {
                continue;
            }
            free[t] = p.closed().plusSeconds(180 + random.nextInt(300));
            parties.add(p);
        }
        parties.sort(Comparator.comparing(Party::seated));
        return parties;
    }

    /**
     * The smallest table that seats the party and is free now or within {@link #WAIT}, the one free
     * soonest among those; -1 when there is none and the party goes elsewhere.
     */
    private int table(Instant[] free, int guests, Instant arrived) {
        Instant latest = arrived.plus(WAIT);
        int best = -1;
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            if (table.seats() < guests || free[i].isAfter(latest)) {
                continue;
            }
            if (best < 0 || table.seats() < tables.get(best).seats()
                    || table.seats() == tables.get(best).seats() && free[i].isBefore(free[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Summer terrace and December parties above, January and February below. */
    private static double season(LocalDate day) {
        double summer = Math.cos((day.getDayOfYear() - 200) / 365.0 * 2 * Math.PI);
        double december = day.getMonthValue() == 12 ? 0.15 : 0;
        return 1 + 0.12 * summer + december;
    }

    /** A local time of day, in hours: a lunch peak near 12:40, a dinner peak near 19:40, a quiet afternoon. */
    private double arrivalHour(DayOfWeek weekday) {
        double lunchShare = weekday.getValue() >= 6 ? 0.45 : 0.40;
        double u = random.nextDouble();
        if (u < lunchShare) {
            return around(12.65, 0.55, 11.5, 14.25);
        }
        if (u < lunchShare + 0.04) {
            return 14.5 + random.nextDouble() * 3;
        }
        return around(19.65, 0.9, 17.75, 21.75);
    }

    /** A normal pick within the opening hours: drawn again when outside, so no hour piles up at the door. */
    private double around(double mean, double sd, double from, double to) {
        double hour;
        do {
            hour = mean + random.nextGaussian() * sd;
        } while (hour < from || hour > to);
        return hour;
    }

    /** Mostly twos; bigger parties at the weekend. */
    private int guests(DayOfWeek weekday) {
        double u = Math.min(0.999, random.nextDouble() + (weekday.getValue() >= 5 ? 0.08 : 0));
        return u < 0.10 ? 1 : u < 0.55 ? 2 : u < 0.68 ? 3 : u < 0.88 ? 4 : u < 0.96 ? 5 : 6;
    }
}
