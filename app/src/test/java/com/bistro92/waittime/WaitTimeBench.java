package com.bistro92.waittime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The wait-time bench: learns from 28 days of the demo history and checks the estimates on the 7
 * days after, for several random seeds (each a different month of trade), and prints each run and
 * the medians. docs/performance.md ("Wait times") has its figures.
 *
 * <p>Not a test; run it with
 * {@code ./mvnw -q -pl app -am test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=com.bistro92.waittime.WaitTimeBench}
 */
public final class WaitTimeBench {

    private WaitTimeBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (WaitAccuracy.Which which : WaitAccuracy.Which.values()) {
            System.out.println(which == WaitAccuracy.Which.ALL ? "Every ticket:" : "Tickets with food:");
            List<WaitAccuracy> all = new ArrayList<>();
            for (int seed = 1; seed <= runs; seed++) {
                WaitAccuracy a = WaitAccuracy.measure(seed, which);
                all.add(a);
                System.out.println(line("seed " + seed, a));
            }
            printMedian(all);
        }
    }

    private static void printMedian(List<WaitAccuracy> all) {
        System.out.println(line("median", new WaitAccuracy((int) median(all, WaitAccuracy::tickets),
                median(all, WaitAccuracy::shown), median(all, WaitAccuracy::maeMin), median(all, WaitAccuracy::within2),
                median(all, WaitAccuracy::inRange), median(all, WaitAccuracy::ranged))));
    }

    private static String line(String name, WaitAccuracy a) {
        return String.format(Locale.ROOT, "%-7s %5d tickets checked  estimate shown %5.1f%%  MAE %4.2f min  "
                        + "within ±2 min %5.1f%%  inside the range %5.1f%%  shown as a range %5.1f%%", name, a.tickets(),
                100 * a.shown(), a.maeMin(), 100 * a.within2(), 100 * a.inRange(), 100 * a.ranged());
    }

    private static double median(List<WaitAccuracy> all, ToDoubleFunction<WaitAccuracy> of) {
        double[] v = all.stream().mapToDouble(of).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
