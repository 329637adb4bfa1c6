package com.bistro92.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, strict reader of Prometheus' text exposition format (0.0.4), for tests. The Prometheus
 * Java client writes this format but has no reader (its parsers live in Go, {@code expfmt}, and in
 * Python's client), so this one checks what a Prometheus server would refuse: metric and label
 * names, quoted and escaped label values, float values, a {@code # TYPE} before a family's samples
 * and at most once, no series twice, and histograms whose buckets grow, end in {@code +Inf}, and
 * equal their {@code _count}. Anything else fails with the line it could not read.
 */
final class PrometheusText {

    /** One sample: its name, labels, and value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, String> types = new HashMap<>();

    private PrometheusText() {
    }

    /** Reads {@code text} whole; throws {@link IllegalArgumentException} at the first line it cannot read. */
    static PrometheusText parse(String text) {
        PrometheusText parsed = new PrometheusText();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("The exposition must end with a line feed");
        }
        Set<String> series = new java.util.HashSet<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (line.startsWith("#")) {
                    parsed.comment(line);
                } else {
                    Sample s = sample(line);
                    String family = parsed.family(s.name());
                    if (family == null) {
                        throw new IllegalArgumentException("no # TYPE before this sample");
                    }
                    if (!series.add(s.name() + s.labels())) {
                        throw new IllegalArgumentException("the same series twice");
                    }
                    parsed.samples.add(s);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + number + " (" + line + "): " + e.getMessage(), e);
            }
        }
        parsed.checkHistograms();
        return parsed;
    }

    /** Every sample named {@code name}. */
    List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The one sample named {@code name} whose labels include {@code labels}; fails unless exactly one. */
    double value(String name, Map<String, String> labels) {
        List<Sample> found = samples(name).stream()
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet())).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " samples of " + name + " with " + labels + "; all: " + samples(name));
        }
        return found.getFirst().value();
    }

    double value(String name) {
        return value(name, Map.of());
    }

    /** The declared type of family {@code family}, or null. */
    String type(String family) {
        return types.get(family);
    }

    private void comment(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length >= 3 && parts[1].equals("TYPE")) {
            if (parts.length != 4 || !NAME.matcher(parts[2]).matches() || !TYPES.contains(parts[3])) {
                throw new IllegalArgumentException("a malformed # TYPE");
            }
            if (types.put(parts[2], parts[3]) != null) {
                throw new IllegalArgumentException("a second # TYPE for " + parts[2]);
            }
            if (samples.stream().anyMatch(s -> parts[2].equals(family(s.name())))) {
                throw new IllegalArgumentException("# TYPE after the family's samples");
            }
        } else if (parts.length >= 3 && parts[1].equals("HELP")) {
            if (!NAME.matcher(parts[2]).matches()) {
                throw new IllegalArgumentException("a malformed # HELP");
            }
        }
    }

    /** The family a sample belongs to: its own name, or a histogram's or summary's without the suffix. */
    private String family(String name) {
        if (types.containsKey(name)) {
            return name;
        }
        if (name.endsWith("_total") && "counter".equals(types.get(name.substring(0, name.length() - 6)))) {
            return name.substring(0, name.length() - 6);
        }
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                String type = types.get(base);
                if ("histogram".equals(type) || "summary".equals(type) && !suffix.equals("_bucket")) {
                    return base;
                }
            }
        }
        return null;
    }

    private static Sample sample(String line) {
        Matcher name = NAME.matcher(line);
        if (!name.lookingAt()) {
            throw new IllegalArgumentException("no metric name");
        }
        int at = name.end();
        Map<String, String> labels = new LinkedHashMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at = labels(line, at + 1, labels);
        }
        if (at >= line.length() || line.charAt(at) != ' ') {
            throw new IllegalArgumentException("no space before the value");
        }
        String[] rest = line.substring(at + 1).split(" ");
        if (rest.length > 2) {
            throw new IllegalArgumentException("more than a value and a timestamp");
        }
        if (rest.length == 2) {
            Long.parseLong(rest[1]);
        }
        return new Sample(name.group(), Map.copyOf(labels), number(rest[0]));
    }

    /** Reads labels from {@code at} (after the brace) to the closing brace; the index after it. */
    private static int labels(String line, int at, Map<String, String> labels) {
        while (true) {
            if (line.charAt(at) == '}') {
                return at + 1;
            }
            Matcher name = LABEL_NAME.matcher(line).region(at, line.length());
            if (!name.lookingAt() || line.charAt(name.end()) != '=' || line.charAt(name.end() + 1) != '"') {
                throw new IllegalArgumentException("a malformed label at column " + at);
            }
            StringBuilder value = new StringBuilder();
            int i = name.end() + 2;
            for (char c = line.charAt(i); c != '"'; c = line.charAt(++i)) {
                if (c == '\\') {
                    char e = line.charAt(++i);
                    value.append(switch (e) {
                        case '\\' -> '\\';
                        case '"' -> '"';
                        case 'n' -> '\n';
                        default -> throw new IllegalArgumentException("a bad escape \\" + e);
                    });
                } else {
                    value.append(c);
                }
            }
            if (labels.put(name.group(), value.toString()) != null) {
                throw new IllegalArgumentException("the label " + name.group() + " twice");
            }
            at = i + 1;
            if (line.charAt(at) == ',') {
                at++;
            } else if (line.charAt(at) != '}') {
                throw new IllegalArgumentException("no comma or brace after a label");
            }
        }
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                if (!text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                    throw new IllegalArgumentException("not a number: " + text);
                }
                yield Double.parseDouble(text);
            }
        };
    }

    /** Each histogram's series: buckets that never shrink, a +Inf bucket, equal to its _count. */
    private void checkHistograms() {
        types.forEach((family, type) -> {
            if (!type.equals("histogram")) {
                return;
            }
            Map<Map<String, String>, List<Sample>> bySeries = new HashMap<>();
            for (Sample s : samples(family + "_bucket")) {
                Map<String, String> rest = new HashMap<>(s.labels());
                if (rest.remove("le") == null) {
                    throw new IllegalArgumentException(family + ": a bucket without le");
                }
                bySeries.computeIfAbsent(rest, k -> new ArrayList<>()).add(s);
            }
            bySeries.forEach((labels, buckets) -> {
                double last = -1;
                double lastLe = Double.NEGATIVE_INFINITY;
                for (Sample b : buckets) {
                    double le = number(b.labels().get("le"));
                    if (le <= lastLe || b.value() < last) {
                        throw new IllegalArgumentException(family + labels + ": buckets out of order or shrinking");
                    }
                    lastLe = le;
                    last = b.value();
                }
                if (lastLe != Double.POSITIVE_INFINITY || last != value(family + "_count", labels)) {
                    throw new IllegalArgumentException(family + labels + ": the +Inf bucket is not the count");
                }
            });
        });
    }
}
