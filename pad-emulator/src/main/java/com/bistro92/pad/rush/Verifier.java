package com.bistro92.pad.rush;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a run's promises: every acknowledged order is listed exactly once by the server, and
 * every listener received every acknowledged order exactly once, with {@code seq} rising.
 */
final class Verifier {

    private Verifier() {
    }

    static Verdict verify(AckIndex acks, Listing listing, List<ListenerTally> listeners) {
        int[] listedCount = new int[acks.size()];
        for (long id : listing.ids()) {
            int index = acks.indexOf(id);
            if (index >= 0) {
                listedCount[index]++;
            }
        }
        int listed = 0;
        int duplicated = 0;
        for (int count : listedCount) {
            listed += count > 0 ? 1 : 0;
            duplicated += count > 1 ? 1 : 0;
        }
        int missing = acks.size() - listed;
        int complete = (int) listeners.stream().filter(ListenerTally::complete).count();

        List<String> problems = new ArrayList<>();
        if (acks.size() == 0) {
            problems.add("nothing was acknowledged");
        }
        if (acks.repeated() > 0) {
            problems.add(acks.repeated() + " ids acknowledged more than once");
        }
        if (!listing.ok()) {
            problems.add("orders could not be listed: " + listing.error());
        }
        boolean pass = problems.isEmpty() && missing == 0 && duplicated == 0 && complete == listeners.size();

        StringBuilder line = new StringBuilder("verify: ").append(pass ? "PASS" : "FAIL").append(" (")
                .append(acks.size()).append(" acknowledged, ")
                .append(listed).append(" listed, ")
                .append(missing).append(" missing, ")
                .append(duplicated).append(" duplicated; ")
                .append(describeListeners(listeners, complete));
        problems.forEach(problem -> line.append("; ").append(problem));
        line.append(')');
        return new Verdict(pass, acks.size(), listed, missing, duplicated, complete, listeners.size(), line.toString());
    }

    private static String describeListeners(List<ListenerTally> listeners, int complete) {
        if (listeners.isEmpty()) {
            return "no listeners";
        }
        String text = "listeners " + complete + "/" + listeners.size() + " complete";
        if (complete == listeners.size()) {
            return text;
        }
        List<String> issues = new ArrayList<>();
        add(issues, listeners.stream().mapToLong(ListenerTally::missing).sum(), "missed");
        add(issues, listeners.stream().mapToLong(ListenerTally::duplicates).sum(), "received twice");
        add(issues, listeners.stream().mapToLong(ListenerTally::seqRegressions).sum(), "seq not increasing");
        add(issues, listeners.stream().mapToLong(ListenerTally::malformed).sum(), "unreadable messages");
        add(issues, listeners.stream().mapToLong(ListenerTally::dropped).sum(), "receipts over the cap");
        listeners.stream()
                .filter(tally -> !tally.complete() && tally.closed() != null)
                .findFirst()
                .ifPresent(tally -> issues.add("a feed closed early: " + tally.closed()));
        return text + ": " + String.join(", ", issues);
    }

    private static void add(List<String> issues, long count, String what) {
        if (count > 0) {
            issues.add(count + " " + what);
        }
    }
}
