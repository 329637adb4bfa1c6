package com.bistro92.pad.rush;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rush tool's options, checked. Every count and duration is capped so that
 * no run can grow without bound.
 *
 * @param listeners  feed listeners per run if given; otherwise {@link #listenersFor(Mode)} picks
 *                   the mode's default
 * @param listenAlso a second suite node on the same database, or null: every other listener
 *                   listens there, while every order is still sent to {@code url}
 */
record RushOptions(
        Mode mode,
        URI url,
        int runs,
        List<String> items,
        int orders,
        int concurrency,
        int seconds,
        int warmup,
        int rate,
        OptionalInt listeners,
        URI listenAlso) {

    static final String DEFAULT_URL = "http://127.0.0.1:8092";
    static final int MAX_ORDERS = 10_000;
    static final int MAX_LISTENERS = 2_000;
    static final int MAX_CONCURRENCY = 1_000;
    static final int MAX_SECONDS = 600;
    static final int MAX_RATE = 5_000;
    static final int MAX_RUNS = 20;
    static final int MAX_WARMUP = 60;
    /** Fan-out keeps one receipt per (listener, order) pair; this bounds its memory. */
    static final long MAX_PAIRS = 20_000_000L;

    private static final Set<Mode> ANY = EnumSet.allOf(Mode.class);
    private static final Map<String, Set<Mode>> OPTIONS = Map.of(
            "server", ANY,
            "runs", ANY,
            "items", ANY,
            "listeners", ANY,
            "listen-also", ANY,
            "orders", EnumSet.of(Mode.BURST, Mode.ALL),
            "concurrency", EnumSet.of(Mode.SUSTAINED, Mode.ALL),
            "warmup", EnumSet.of(Mode.SUSTAINED, Mode.FANOUT, Mode.ALL),
            "seconds", EnumSet.of(Mode.SUSTAINED, Mode.FANOUT, Mode.ALL),
            "rate", EnumSet.of(Mode.FANOUT, Mode.ALL));

    RushOptions {
        items = List.copyOf(items);
    }

    /**
     * Checks the options given on the command line (by name without dashes, as typed) against
     * {@code mode}, and fills in the defaults.
     */
    static RushOptions of(Mode mode, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (!OPTIONS.get(name).contains(mode)) {
                throw new UsageException("--" + name + " does not apply to " + mode.label());
            }
        }
        String listenersText = given.get("listeners");
        RushOptions options = new RushOptions(
                mode,
                url(given.getOrDefault("server", DEFAULT_URL)),
                number(given, "runs", 1, 1, MAX_RUNS),
                items(given.get("items")),
                number(given, "orders", 500, 1, MAX_ORDERS),
                number(given, "concurrency", 64, 1, MAX_CONCURRENCY),
                number(given, "seconds", 10, 1, MAX_SECONDS),
                given.containsKey("warmup") ? number(given, "warmup", 2, 0, MAX_WARMUP) : -1,
                number(given, "rate", 100, 1, MAX_RATE),
                listenersText == null
                        ? OptionalInt.empty()
                        : OptionalInt.of(number(given, "listeners", 0, 0, MAX_LISTENERS)),
                given.containsKey("listen-also") ? url(given.get("listen-also"), "--listen-also") : null);
        options.checkFanout();
        return options;
    }

    /** Seconds of unmeasured load before the measured part: given, or 2 for sustained, 0 for fan-out. */
    int warmupFor(Mode m) {
        return warmup >= 0 ? warmup : m == Mode.SUSTAINED ? 2 : 0;
    }

    /** Feed listeners for one run of {@code mode}: given, or 1 for burst, 0 for sustained, 200 for fan-out. */
    int listenersFor(Mode m) {
        return listeners.orElse(switch (m) {
            case BURST -> 1;
            case SUSTAINED -> 0;
            case FANOUT -> 200;
            case ALL -> throw new IllegalArgumentException("all is not a single mode");
        });
    }

    /** The order feed: {@code ws://host:port/ws/orders} for {@code http://host:port}. */
    URI feedUri() {
        return feedOf(url);
    }

    /** The feeds the listeners share, in turn: the server's, and the second node's if one is given. */
    List<URI> feeds() {
        return listenAlso == null ? List.of(feedUri()) : List.of(feedUri(), feedOf(listenAlso));
    }

    private static URI feedOf(URI server) {
        String scheme = server.getScheme().equals("https") ? "wss" : "ws";
        return URI.create(scheme + server.toString().substring(server.getScheme().length()) + "/ws/orders");
    }

    URI endpoint(String path) {
        return URI.create(url + path);
    }

    private void checkFanout() {
        if (mode != Mode.FANOUT && mode != Mode.ALL) {
            return;
        }
        int k = listenersFor(Mode.FANOUT);
        if (k < 1) {
            throw new UsageException("fanout needs at least 1 listener, got --listeners " + k);
        }
        long pairs = (long) k * rate * seconds;
        if (pairs > MAX_PAIRS) {
            throw new UsageException(String.format(Locale.ROOT,
                    "fanout would track %,d (listener, order) pairs, more than the cap of %,d:"
                            + " lower --listeners, --rate or --seconds", pairs, MAX_PAIRS));
        }
    }

    private static int number(Map<String, String> given, String name, int fallback, int min, int max) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static URI url(String text) {
        return url(text, "--server");
    }

    private static URI url(String text, String option) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new UsageException(option + " is not a valid URL: '" + text + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UsageException(option + " must start with http:// or https://, got '" + text + "'");
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new UsageException(option + " must be a plain server address like " + DEFAULT_URL + ", got '" + text + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static List<String> items(String text) {
        if (text == null) {
            return MenuMix.DEMO_ITEMS;
        }
        List<String> items = new ArrayList<>();
        for (String name : Arrays.asList(text.split(","))) {
            String item = name.strip();
            if (item.length() > 120) {
                throw new UsageException("--items: an item name is longer than 120 characters: '" + item + "'");
            }
            if (!item.isEmpty() && !items.contains(item)) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            throw new UsageException("--items needs at least one item name, e.g. --items \"Iced Tea,Lemonade\"");
        }
        return items;
    }
}
