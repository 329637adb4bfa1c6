package com.bistro92.waittime;

import com.bistro92.order.ReadyEstimate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the kitchen's history says about how long a ticket takes: each dish's time in a quiet
 * kitchen, learned from the tickets it paced (the slowest dish on a ticket sets its time), and how
 * much each food ticket already on the rail slows a new one, per station. A ticket's estimate is
 * its slowest dish's quiet time, slowed by the rail now; the range around it is where four past
 * tickets in five fell around their own estimates (from the tenth to the ninetieth percentile). A dish with fewer than {@link #MIN_TICKETS}
 * past tickets gives no estimate: too little history.
 *
 * @param quietS   each item's time with nothing else on the rail, in seconds, by item id: the median of
 *                 the tickets it paced, when it paced at least {@link #MIN_TICKETS}; else, for an item seen
 *                 on as many, its menu prep time scaled as the kitchen's learned times compare with the menu's
 * @param seen     how many past tickets each item was on: an item seen often enough that never paced a
 *                 ticket (a side, a drink with the food) does not hold an estimate back
 * @param slope    each station's slow-down per food ticket on the rail, as a share of the quiet time
 * @param low      the ratio of actual to estimated time below which a tenth of past tickets fell
 * @param high     the ratio above which a tenth fell
 * @param tickets  how many past tickets it learned from
 */
public record WaitModel(Map<Integer, Double> quietS, Map<Integer, Integer> seen, Map<String, Double> slope,
                        double low, double high, int tickets) {

    public static final int MIN_TICKETS = 5;
    public static final WaitModel NONE = new WaitModel(Map.of(), Map.of(), Map.of(), 1, 1, 0);
    private static final int ROUNDS = 4;

    public WaitModel {
        quietS = Map.copyOf(quietS);
        seen = Map.copyOf(seen);
        slope = Map.copyOf(slope);
    }

    /** The estimate for a ticket of {@code lines} placed with {@code rail} food tickets in the kitchen; none without history. */
    public Optional<ReadyEstimate> estimate(List<TicketTime.Line> lines, int rail) {
        double seconds = pointS(lines, rail);
        if (seconds <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ReadyEstimate((int) Math.round(seconds * low), (int) Math.round(seconds * high)));
    }

    /** The point estimate, in seconds, or -1 when a dish has too little history. */
    double pointS(List<TicketTime.Line> lines, int rail) {
        double seconds = -1;
        for (TicketTime.Line line : lines) {
            Double quiet = quietS.get(line.itemId());
            if (quiet == null) {
                if (seen.getOrDefault(line.itemId(), 0) < MIN_TICKETS) {
                    return -1;
                }
                continue;
            }
            seconds = Math.max(seconds, quiet * (1 + slope.getOrDefault(line.station(), 0.0) * rail));
        }
        return seconds;
    }

    /**
     * Learns from {@code history}. Which dish paces a ticket is not known beforehand: the first round
     * takes {@code firstGuessS} (the menu's prep times), each next round the times learned in the one before.
     */
    public static WaitModel learn(List<TicketTime> history, Map<Integer, Double> firstGuessS) {
        Map<Integer, Integer> seen = new HashMap<>();
        history.forEach(t -> t.lines().stream().map(TicketTime.Line::itemId).distinct()
                .forEach(item -> seen.merge(item, 1, Integer::sum)));
        Map<Integer, Double> quiet = Map.of();
        Map<String, Double> slope = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            // which dish paces a ticket: by the times learned so far, else by the first guess
            Map<Integer, Double> pace = new HashMap<>(firstGuessS);
            pace.putAll(quiet);
            Map<Integer, List<Double>> paced = new HashMap<>();
            Map<String, double[]> fit = new HashMap<>();
            for (TicketTime t : history) {
                TicketTime.Line pacing = pacing(t, pace, slope);
                if (pacing == null) {
                    continue;
                }
                double s = slope.getOrDefault(pacing.station(), 0.0);
                paced.computeIfAbsent(pacing.itemId(), k -> new ArrayList<>()).add(t.seconds() / (1 + s * t.rail()));
                double q = pace.get(pacing.itemId());
                if (q > 0) {
                    // y = seconds / quiet - 1 = slope * rail: least squares through the origin, per station
                    double[] sums = fit.computeIfAbsent(pacing.station(), k -> new double[2]);
                    sums[0] += t.rail() * (t.seconds() / q - 1);
                    sums[1] += (double) t.rail() * t.rail();
                }
            }
            Map<Integer, Double> learned = new HashMap<>();
            paced.forEach((item, times) -> {
                if (times.size() >= MIN_TICKETS) {
                    learned.put(item, median(times));
                }
            });
            quiet = learned;
            Map<String, Double> nextSlope = new HashMap<>();
            fit.forEach((station, sums) -> nextSlope.put(station, sums[1] == 0 ? 0 : Math.max(0, sums[0] / sums[1])));
            slope = nextSlope;
        }
        // a dish seen often that seldom sets a ticket's time (garlic bread beside the mains) takes its menu
        // prep time, scaled as this kitchen's learned times compare with the menu's
        List<Double> ratios0 = new ArrayList<>();
        for (var e : quiet.entrySet()) {
            Double guess = firstGuessS.get(e.getKey());
            if (guess != null && guess > 0) {
                ratios0.add(e.getValue() / guess);
            }
        }
        if (!ratios0.isEmpty()) {
            double scale = median(ratios0);
            Map<Integer, Double> filled = new HashMap<>(quiet);
            seen.forEach((item, count) -> {
                Double guess = firstGuessS.get(item);
                if (count >= MIN_TICKETS && !filled.containsKey(item) && guess != null && guess > 0) {
                    filled.put(item, guess * scale);
                }
            });
            quiet = filled;
        }
        WaitModel point = new WaitModel(quiet, seen, slope, 1, 1, history.size());
        List<Double> ratios = new ArrayList<>();
        for (TicketTime t : history) {
            double estimate = point.pointS(t.lines(), t.rail());
            if (estimate > 0) {
                ratios.add(t.seconds() / estimate);
            }
        }
        if (ratios.size() < MIN_TICKETS) {
            return NONE;
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new WaitModel(quiet, seen, slope, quantile(sorted, 0.1), quantile(sorted, 0.9), history.size());
    }

    /** The line that sets the ticket's time: the one whose dish takes longest, as known now. */
    private static TicketTime.Line pacing(TicketTime t, Map<Integer, Double> quiet, Map<String, Double> slope) {
        TicketTime.Line slowest = null;
        double most = -1;
        for (TicketTime.Line line : t.lines()) {
            Double q = quiet.get(line.itemId());
            double time = q == null ? -1 : q * (1 + slope.getOrDefault(line.station(), 0.0) * t.rail());
            if (time > most) {
                most = time;
                slowest = line;
            }
        }
        return most < 0 ? null : slowest;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return quantile(sorted, 0.5);
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
    }

    @Override
    public String toString() {
        return "WaitModel[" + quietS.size() + " dishes, slopes " + slope + ", range x" + low + "..x" + high
                + ", from " + tickets + " tickets]";
    }
}
