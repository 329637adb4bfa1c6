package com.bistro92.dashboard;

import com.bistro92.CheapStart;
import com.bistro92.server.Limits;
import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long the dashboard takes to switch ranges on a year of history: writes 365 days of demo
 * history (about 52,000 orders; 2,000 days give about 300,000) into a temporary folder, then times
 * each range's first load (its past days not yet kept in memory) and the median of several later
 * switches.
 *
 * <p>Arguments: the number of days (365), and a folder to keep the data in for the next run (a
 * temporary folder, deleted at the end, without it). Not a test; run it with
 * {@code ./mvnw -q -o -pl app -am test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=com.bistro92.dashboard.DashboardBench}.
 */
public final class DashboardBench {

    private static final int SWITCHES = 9;
    private static final Duration WARN = Duration.ofMinutes(5);
    private static final Duration LATE = Duration.ofMinutes(10);

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        // a second argument names a folder to keep, and to reuse on the next run
        boolean keep = args.length > 1;
        Path data = keep ? Path.of(args[1]) : Files.createTempDirectory("bistro92-dashboard");
        Clock clock = Clock.systemDefaultZone();
        long started = System.nanoTime();
        try (Bistro92 app = CheapStart.start(new Options(true, false, 0, 0, data, false, true, days), clock,
                Bistro92.Storage.DEFAULT, Limits.DEFAULT)) {
            System.out.printf(Locale.ROOT, "history of %d days: %,d orders, started in %.1f s%n", days,
                    app.orders().count(), (System.nanoTime() - started) / 1e9);
            LocalDate today = LocalDate.now(clock);
            List<DateRange> ranges = List.of(DateRange.of(DateRange.Kind.TODAY, today),
                    DateRange.of(DateRange.Kind.YESTERDAY, today), DateRange.of(DateRange.Kind.THIS_WEEK, today),
                    DateRange.of(DateRange.Kind.THIS_MONTH, today), DateRange.custom(today.minusDays(days), today));
            // the JIT and H2's caches warm up on one throwaway pass
            DashboardQueries warmUp = new DashboardQueries(app.database().dsl(), clock);
            ranges.forEach(r -> warmUp.load(r, WARN, LATE));

            DashboardQueries queries = new DashboardQueries(app.database().dsl(), clock);
            System.out.println("range                first load ms  later switches: median ms (min-max)");
            List<Double> firsts = new ArrayList<>();
            for (DateRange range : ranges) {
                firsts.add(ms(() -> queries.load(range, WARN, LATE)));
            }
            List<List<Double>> later = new ArrayList<>();
            ranges.forEach(r -> later.add(new ArrayList<>()));
            for (int i = 0; i < SWITCHES; i++) {
                for (int r = 0; r < ranges.size(); r++) {
                    DateRange range = ranges.get(r);
                    later.get(r).add(ms(() -> queries.load(range, WARN, LATE)));
                }
            }
            for (int r = 0; r < ranges.size(); r++) {
                List<Double> times = later.get(r).stream().sorted().toList();
                System.out.printf(Locale.ROOT, "%-20s %13.1f  %8.1f (%.1f-%.1f)%n", label(ranges.get(r)), firsts.get(r),
                        times.get(times.size() / 2), times.getFirst(), times.getLast());
            }
            System.out.printf(Locale.ROOT, "past days kept in memory: %d%n", queries.daysKept());

            // as the screen starts: the last 13 months read ahead, a month at a time, in the background
            DashboardQueries screen = new DashboardQueries(app.database().dsl(), clock);
            long ahead = System.nanoTime();
            LocalDate first = today.withDayOfMonth(1);
            for (int m = 0; m < com.bistro92.dashboardview.DashboardModel.MONTHS_AHEAD; m++) {
                LocalDate from = first.minusMonths(m);
                screen.warm(from, from.plusMonths(1).minusDays(1));
            }
            System.out.printf(Locale.ROOT, "read-ahead of %d months at start: %.1f s in the background%n",
                    com.bistro92.dashboardview.DashboardModel.MONTHS_AHEAD, (System.nanoTime() - ahead) / 1e9);
            System.out.println("range, after the read-ahead: first load ms");
            for (DateRange range : ranges) {
                System.out.printf(Locale.ROOT, "%-20s %13.1f%n", label(range), ms(() -> screen.load(range, WARN, LATE)));
            }
        } finally {
            if (!keep) {
                deleteQuietly(data);
            }
        }
    }

    private static String label(DateRange range) {
        return range.kind() == DateRange.Kind.CUSTOM ? "Custom " + range.days() + " days" : range.kind().label();
    }

    private static double ms(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            System.err.println("Could not delete " + folder + ": " + e);
        }
    }
}
