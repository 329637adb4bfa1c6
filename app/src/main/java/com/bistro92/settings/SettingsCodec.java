package com.bistro92.settings;

import com.bistro92.problem.Problem.FieldError;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings as text, one canonical value per key: how they are kept in the {@code setting} table
 * and written in {@code bistro92.properties}.
 *
 * <pre>
 * server.port=8092                 server.tlsPort=8093        server.names=bistro.local,till
 * kitchen.warnAfterMinutes=5       kitchen.lateAfterMinutes=10 kitchen.sound=true
 * display.theme=LIGHT              display.trainingData=false money.currency=EUR
 * security.autoLockMinutes=5       pads.requireTls=true       server.monitoringAddress=192.168.1.20
 * pads.idleClearMinutes=3          pads.guestsOpenTables=false  pads.busyWhenLateTickets=5
 * backup.folder=backups            backup.daily=true          backup.at=03:00   backup.keep=14
 * </pre>
 */
public final class SettingsCodec {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsCodec.class);
    public static final String PORT = "server.port";
    public static final String TLS_PORT = "server.tlsPort";
    public static final String SERVER_NAMES = "server.names";
    public static final String WARN = "kitchen.warnAfterMinutes";
    public static final String LATE = "kitchen.lateAfterMinutes";
    public static final String SOUND = "kitchen.sound";
    public static final String THEME = "display.theme";
    public static final String TRAINING = "display.trainingData";
    public static final String CURRENCY = "money.currency";
    public static final String AUTO_LOCK = "security.autoLockMinutes";
    public static final String PADS_TLS = "pads.requireTls";
    public static final String BACKUP_FOLDER = "backup.folder";
    public static final String BACKUP_DAILY = "backup.daily";
    public static final String BACKUP_AT = "backup.at";
    public static final String BACKUP_KEEP = "backup.keep";
    public static final String TAX_RATE = "money.taxRate";
    public static final String TAX_INCLUDED = "money.taxIncluded";
    public static final String MONITORING = "server.monitoringAddress";
    public static final String PAD_IDLE = "pads.idleClearMinutes";
    public static final String GUESTS_OPEN = "pads.guestsOpenTables";
    public static final String BUSY_LATE = "pads.busyWhenLateTickets";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private SettingsCodec() {
    }

    /** Every key with its canonical text. */
    public static Map<String, String> write(Settings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(PORT, Integer.toString(s.port()));
        m.put(TLS_PORT, Integer.toString(s.tlsPort()));
        m.put(SERVER_NAMES, String.join(",", s.serverNames()));
        m.put(WARN, minutes(s.warnAfter()));
        m.put(LATE, minutes(s.lateAfter()));
        m.put(SOUND, Boolean.toString(s.sound()));
        m.put(THEME, s.theme().name());
        m.put(TRAINING, Boolean.toString(s.trainingData()));
        m.put(CURRENCY, s.currency().getCurrencyCode());
        m.put(AUTO_LOCK, minutes(s.autoLock()));
        m.put(PADS_TLS, Boolean.toString(s.padsRequireTls()));
        m.put(BACKUP_FOLDER, s.backupFolder().toString());
        m.put(BACKUP_DAILY, Boolean.toString(s.backupDaily()));
        m.put(BACKUP_AT, HH_MM.format(s.backupAt()));
        m.put(BACKUP_KEEP, Integer.toString(s.backupKeep()));
        m.put(TAX_RATE, s.taxRate().stripTrailingZeros().toPlainString());
        m.put(TAX_INCLUDED, Boolean.toString(s.taxIncluded()));
        m.put(MONITORING, s.monitoringAddress());
        m.put(PAD_IDLE, minutes(s.webPads().idleClear()));
        m.put(GUESTS_OPEN, Boolean.toString(s.webPads().guestsOpenTables()));
        m.put(BUSY_LATE, Integer.toString(s.webPads().busyLateTickets()));
        return m;
    }

    /** What reading some text gave: the settings, or what was wrong with it. */
    public record Parsed(Settings settings, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads {@code values}, taking a missing key from {@code fallback}; every value that cannot be
     * read, and every setting {@link SettingsCheck} refuses, is an error.
     */
    public static Parsed parse(Map<String, String> values, Settings fallback) {
        Reader r = new Reader(values, fallback);
        Settings s = r.read();
        List<FieldError> errors = new ArrayList<>(r.errors);
        if (errors.isEmpty()) {
            errors.addAll(SettingsCheck.problems(s));
        }
        return new Parsed(s, List.copyOf(errors));
    }

    /** Reads {@code values}, keeping {@code fallback}'s value (and logging why) wherever one is wrong. */
    public static Settings lenient(Map<String, String> values, Settings fallback) {
        Reader r = new Reader(values, fallback);
        Settings s = r.read();
        r.errors.forEach(e -> LOG.warn("Setting {}: {}; using {}", e.field(), e.message(),
                write(fallback).get(e.field())));
        List<FieldError> problems = SettingsCheck.problems(s);
        if (!problems.isEmpty()) {
            problems.forEach(e -> LOG.warn("Setting {}: {}; using the defaults", e.field(), e.message()));
            return fallback;
        }
        return s;
    }

    private static String minutes(Duration d) {
        long seconds = d.toSeconds();
        return seconds % 60 == 0 ? Long.toString(seconds / 60) : Double.toString(seconds / 60.0);
    }

    /** Reads one key at a time, noting what it cannot read. */
    private static final class Reader {
        private final Map<String, String> values;
        private final Map<String, String> fallback;
        private final List<FieldError> errors = new ArrayList<>();

        Reader(Map<String, String> values, Settings fallback) {
            this.values = values;
            this.fallback = write(fallback);
        }

        Settings read() {
            return new Settings(get(PORT, "a whole number", Integer::parseInt),
                    get(TLS_PORT, "a whole number", Integer::parseInt),
                    get(WARN, "a number of minutes", SettingsCodec::parseMinutes),
                    get(LATE, "a number of minutes", SettingsCodec::parseMinutes),
                    get(SOUND, "true or false", SettingsCodec::parseBoolean),
                    get(THEME, "LIGHT or DARK", v -> Settings.Theme.valueOf(v.toUpperCase(Locale.ROOT))),
                    get(CURRENCY, "an ISO 4217 code such as EUR", v -> Currency.getInstance(v.toUpperCase(Locale.ROOT))),
                    get(AUTO_LOCK, "a number of minutes", SettingsCodec::parseMinutes),
                    get(BACKUP_FOLDER, "a folder", SettingsCodec::parseFolder),
                    get(BACKUP_DAILY, "true or false", SettingsCodec::parseBoolean),
                    get(BACKUP_AT, "a time as HH:mm, such as 03:00", LocalTime::parse),
                    get(BACKUP_KEEP, "a whole number", Integer::parseInt),
                    get(TRAINING, "true or false", SettingsCodec::parseBoolean),
                    get(PADS_TLS, "true or false", SettingsCodec::parseBoolean),
                    get(SERVER_NAMES, "host names separated by commas", SettingsCodec::parseNames),
                    get(TAX_RATE, "a percentage such as 10 or 8.875", BigDecimal::new),
                    get(TAX_INCLUDED, "true or false", SettingsCodec::parseBoolean),
                    get(MONITORING, "an IP address such as 192.168.1.20, or nothing", String::strip),
                    new Settings.WebPads(get(PAD_IDLE, "a number of minutes", SettingsCodec::parseMinutes),
                            get(GUESTS_OPEN, "true or false", SettingsCodec::parseBoolean),
                            get(BUSY_LATE, "a whole number", Integer::parseInt)));
        }

        private <T> T get(String key, String expected, Function<String, T> parse) {
            String given = values.get(key);
            if (given != null) {
                try {
                    return parse.apply(given.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    errors.add(new FieldError(key, "must be " + expected + ", not \"" + given.strip() + "\""));
                }
            }
            return parse.apply(fallback.get(key));
        }
    }

    private static Duration parseMinutes(String text) {
        double minutes = Double.parseDouble(text);
        if (Double.isNaN(minutes) || Double.isInfinite(minutes) || Math.abs(minutes) > 1_000_000) {
            throw new NumberFormatException(text);
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static Path parseFolder(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank");
        }
        return Path.of(text);
    }

    private static List<String> parseNames(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
