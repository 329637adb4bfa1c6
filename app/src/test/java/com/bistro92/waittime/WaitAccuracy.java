package com.bistro92.waittime;

import com.bistro92.demo.DemoKitchen;
import com.bistro92.order.ReadyEstimate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How right the wait times are on the demo history: learned from 28 made-up days, checked on the 7
 * after them, ticket by ticket, against how long each really took.
 *
 * @param shown  the share of tickets that got an estimate (the others had too little history)
 * @param maeMin the mean absolute error of the estimate's middle, in minutes
 * @param within2 the share of tickets ready within ±2 minutes of the estimate's middle
 * @param inRange the share of tickets ready within the range shown
 * @param ranged the share of estimates shown as a range rather than "about N min"
 */
record WaitAccuracy(int tickets, double shown, double maeMin, double within2, double inRange, double ranged) {

    /** Which tickets to check: every ticket, or those with food (the drinks-only ones are quick and easy). */
    enum Which { ALL, FOOD }

    static final int LEARN_DAYS = 28;
    static final int CHECK_DAYS = 7;

    /** Learns and checks on the days the random seed {@code seed} makes. */
    static WaitAccuracy measure(long seed, Which which) {
        List<List<TicketTime>> days = DemoKitchen.days(LocalDate.of(2026, 11, 30), LEARN_DAYS + CHECK_DAYS, seed,
                ZoneId.of("Europe/Berlin"));
        List<TicketTime> learn = new ArrayList<>();
        days.subList(0, LEARN_DAYS).forEach(learn::addAll);
        WaitModel model = WaitModel.learn(learn, DemoKitchen.prepSeconds());
        int count = 0;
        int shown = 0;
        double error = 0;
        int within = 0;
        int inRange = 0;
        int ranged = 0;
        for (List<TicketTime> day : days.subList(LEARN_DAYS, days.size())) {
            for (TicketTime t : day) {
                if (which == Which.FOOD && t.lines().stream().allMatch(l -> l.station().equals("BAR"))) {
                    continue;
                }
                count++;
                var estimate = model.estimate(t.lines(), t.rail());
                if (estimate.isEmpty()) {
                    continue;
                }
                shown++;
                double off = Math.abs(t.seconds() - estimate.get().middleS()) / 60.0;
                error += off;
                within += off <= 2 ? 1 : 0;
                inRange += t.seconds() >= estimate.get().lowS() && t.seconds() <= estimate.get().highS() ? 1 : 0;
                ranged += estimate.get().highS() - estimate.get().lowS() > ReadyEstimate.RANGE_FROM_S ? 1 : 0;
            }
        }
        return new WaitAccuracy(count, (double) shown / count, error / shown, (double) within / shown,
                (double) inRange / shown, (double) ranged / shown);
    }
}
