package com.bistro92.demo;

import com.bistro92.demo.HistoryDay.Adjustment;
import com.bistro92.demo.HistoryDay.Course;
import com.bistro92.demo.HistoryDay.Item;
import com.bistro92.demo.HistoryDay.Line;
import com.bistro92.demo.HistoryDay.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What one made-up party orders for {@link HistoryDay}: drinks first, food a few minutes later,
 * maybe another round, and dessert or coffee once the mains are eaten (more often at dinner), then
 * the bill. Now and then a ticket is sent twice and the copy voided before the kitchen cooks it, a
 * round is called off, or a dish is comped after a complaint, or a birthday dessert: always before
 * the bill is paid, since a void or comp after payment would wait for a refund.
 */
final class HistoryParty {

    /** The orders, what they add to the bill before tax, and when the party asked for the bill. */
    record Served(List<Order> orders, BigDecimal subtotal, Instant billAsked) {
    }

    private static final double SENT_TWICE = 0.02;
    private static final double CALLED_OFF = 0.06;
    private static final double FOOD_COMPED = 0.02;
    private static final double BIRTHDAY = 0.03;
    private static final List<String> COMPLAINTS = List.of("Overcooked; cooked again", "Long wait for the food",
            "Not as the guest asked for it");

    private final List<Item> menu;
    private final RandomGenerator random;

    HistoryParty(List<Item> menu, RandomGenerator random) {
        this.menu = menu;
        this.random = random;
    }

    Served serve(Instant seated, int guests, boolean lunch, HistoryKitchen kitchen) {
        List<Order> orders = new ArrayList<>(5);
        Instant t = seated.plusSeconds(90 + random.nextInt(270));
        orders.add(cooked(t, lines(guests, Course.DRINK), kitchen));
        t = t.plusSeconds((lunch ? 180 : 300) + random.nextInt(480));
        List<Line> food = new ArrayList<>(lines(Math.max(1, guests / 2 + random.nextInt(2) - 1), Course.STARTER));
        food.addAll(lines(guests, Course.MAIN));
        food.addAll(lines(random.nextInt(guests + 1) / 2, Course.SIDE));
        List<Line> foodLines = merge(food);
        Order mains = cooked(t, foodLines, kitchen);
        if (random.nextDouble() < FOOD_COMPED) {
            mains = comp(mains, Course.MAIN, COMPLAINTS.get(random.nextInt(COMPLAINTS.size())),
                    mains.ticket().delivered().plusSeconds(240 + random.nextInt(480)));
        }
        orders.add(mains);
        if (random.nextDouble() < SENT_TWICE) {
            orders.add(voided(t.plusSeconds(15 + random.nextInt(60)), foodLines, "Sent twice by mistake"));
        }
        if (random.nextDouble() < 0.35) {
            Instant again = t.plusSeconds(900 + random.nextInt(900));
            List<Line> round = lines(Math.max(1, guests / 2), Course.DRINK);
            orders.add(random.nextDouble() < CALLED_OFF ? voided(again, round, "Guest changed their mind")
                    : cooked(again, round, kitchen));
        }
        if (random.nextDouble() < (lunch ? 0.3 : 0.55)) {
            Instant sweetAt = mains.ticket().delivered().plusSeconds((lunch ? 900 : 1500) + random.nextInt(900));
            List<Line> sweet = new ArrayList<>(lines(Math.max(1, random.nextInt(guests) + 1), Course.DESSERT));
            sweet.addAll(lines(random.nextInt(guests + 1), Course.DRINK));
            Order dessert = cooked(sweetAt, merge(sweet), kitchen);
            if (random.nextDouble() < BIRTHDAY) {
                dessert = comp(dessert, Course.DESSERT, "Birthday dessert on the house",
                        dessert.ticket().delivered().plusSeconds(30 + random.nextInt(120)));
            }
            orders.add(dessert);
        }
        Instant last = seated;
        BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
        for (Order order : orders) {
            last = order.adjustment() == null ? last : later(last, order.adjustment().at());
            if (!order.voided()) {
                subtotal = subtotal.add(order.total());
                last = later(last, order.ticket().delivered());
            }
        }
        Instant asked = last.plusSeconds((lunch ? 300 : 600) + random.nextInt(lunch ? 600 : 1200));
        return new Served(orders, subtotal, asked);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Order cooked(Instant placed, List<Line> lines, HistoryKitchen kitchen) {
        return new Order(placed, lines, staff(), kitchen.cook(placed, lines), null);
    }

    /** Called off before the kitchen finished it: received by the kitchen, then voided with its reason. */
    private Order voided(Instant placed, List<Line> lines, String reason) {
        Instant received = placed.plusSeconds(2 + random.nextInt(15));
        Instant at = received.plusSeconds(30 + random.nextInt(120));
        return new Order(placed, lines, staff(), new HistoryKitchen.Ticket(received, null, null, null),
                new Adjustment(null, reason, at));
    }

    /** The order with one single line of {@code course} comped, or as it was when it has none. */
    private static Order comp(Order order, Course course, String reason, Instant at) {
        for (int i = 0; i < order.lines().size(); i++) {
            Line line = order.lines().get(i);
            if (line.item().course() == course && line.quantity() == 1) {
                List<Line> lines = new ArrayList<>(order.lines());
                lines.set(i, new Line(line.item(), 1, true));
                return new Order(order.placed(), List.copyOf(lines), order.staff(), order.ticket(),
                        new Adjustment(i + 1, reason, at));
            }
        }
        return order;
    }

    private boolean staff() {
        return random.nextDouble() < 0.15;
    }

    /** {@code count} picks among the course's items, weighted by popularity. */
    private List<Line> lines(int count, Course course) {
        List<Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new Line(pick(course), 1, false));
        }
        return merge(lines);
    }

    /** Equal picks become one line with a quantity, as a pad sends them. */
    private static List<Line> merge(List<Line> lines) {
        List<Line> merged = new ArrayList<>(lines.size());
        for (Line line : lines) {
            int at = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i).item() == line.item()) {
                    at = i;
                }
            }
            if (at < 0) {
                merged.add(line);
            } else {
                Line before = merged.get(at);
                merged.set(at, new Line(before.item(), Math.min(99, before.quantity() + line.quantity()), false));
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
