package com.bistro92.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The kitchen of one made-up day for {@link HistoryDay}: how long each ticket takes from placed to
 * ready. A ticket takes its slowest dish's prep time, a little less when the kitchen is quiet and
 * more for each food ticket already on the rail (as many as the tables seated let in), with a
 * spread; now and then a dish is sent back and cooked again. The bar's tickets are quick and not held up by food.
 */
final class HistoryKitchen {

    /** The station whose tickets are drinks. */
    static final String BAR = "BAR";
    /** Prep time taken with nothing else on the rail, as a share of the menu's prep minutes. */
    private static final double QUIET = 0.76;
    /** How much each food ticket already on the rail slows a new one down, as a share of its prep time. */
    private static final double PER_TICKET = 0.035;
    /** The spread of a ticket's time around what the load says (lognormal sigma). */
    private static final double SPREAD = 0.12;
    /** The chance that a food ticket has a dish sent back and cooked again, and more so when busy. */
    private static final double REMAKE = 0.012;

    /** A ticket's way through the kitchen and to the table. */
    record Ticket(Instant received, Instant preparing, Instant ready, Instant delivered) {
    }

    private final RandomGenerator random;
    /**
     * The day's food tickets so far, as {placed, ready} in epoch seconds. Parties are cooked for in
     * the order they sit down, so a later party's ticket may come before an earlier party's dessert:
     * the rail at a moment is every ticket placed by then and not yet ready.
     */
    private final List<long[]> tickets = new ArrayList<>();

    HistoryKitchen(RandomGenerator random) {
        this.random = random;
    }

    /** The ticket of lines placed at {@code placed}; tickets come roughly in the order they are placed. */
    Ticket cook(Instant placed, List<HistoryDay.Line> lines) {
        int prep = 1;
        boolean food = false;
        for (HistoryDay.Line line : lines) {
            prep = Math.max(prep, line.item().prepMinutes());
            food |= !BAR.equals(line.item().station());
        }
        Instant received = placed.plusSeconds(2 + random.nextInt(15));
        Instant preparing = received.plusSeconds(15 + random.nextInt(food ? 90 : 40));
        double minutes;
        if (food) {
            int waiting = onTheRail(placed);
            minutes = prep * (QUIET + PER_TICKET * waiting) * Math.exp(random.nextGaussian() * SPREAD);
            if (random.nextDouble() < REMAKE * (1 + waiting / 4.0)) {
                minutes += prep * (0.6 + 0.4 * random.nextDouble());
            }
        } else {
            minutes = prep * (0.7 + 0.5 * random.nextDouble());
        }
        Instant ready = placed.plusSeconds(Math.max(Math.round(minutes * 60),
                preparing.getEpochSecond() - placed.getEpochSecond() + 30));
        if (food) {
            tickets.add(new long[] {placed.getEpochSecond(), ready.getEpochSecond()});
        }
        Instant delivered = ready.plusSeconds(food ? 30 + random.nextInt(150) : 20 + random.nextInt(70));
        return new Ticket(received, preparing, ready, delivered);
    }

    private int onTheRail(Instant at) {
        long t = at.getEpochSecond();
        int count = 0;
        for (long[] ticket : tickets) {
            if (ticket[0] <= t && t < ticket[1]) {
                count++;
            }
        }
        return count;
    }
}
