package com.bistro92.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restaurant's settings, read from {@code bistro92.properties} in the data folder.
 * A missing file or key means the default; a value that makes no sense is logged and ignored.
 *
 * <pre>
 * kitchen.warnAfterMinutes=5
 * kitchen.lateAfterMinutes=10
 * kitchen.sound=true
 * pads.requireTls=true
 * </pre>
 *
 * @param warnAfter      when a ticket turns yellow
 * @param lateAfter      when a ticket turns red
 * @param sound          whether a new ticket chimes
 * @param padsRequireTls whether pads on the LAN may pair and use their token only over HTTPS/WSS;
 *                       on unless the file says {@code false}, so new installs have it
 */
public record Settings(Duration warnAfter, Duration lateAfter, boolean sound, boolean padsRequireTls) {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    public static final String FILE = "bistro92.properties";
    public static final Settings DEFAULTS = new Settings(Duration.ofMinutes(5), Duration.ofMinutes(10), true, true);

    public static Settings load(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            LOG.warn("Cannot read {}; using the default settings", file, e);
            return DEFAULTS;
        }
        Duration warn = minutes(p, "kitchen.warnAfterMinutes", DEFAULTS.warnAfter());
        Duration late = minutes(p, "kitchen.lateAfterMinutes", DEFAULTS.lateAfter());
        if (late.compareTo(warn) < 0) {
            LOG.warn("kitchen.lateAfterMinutes is before kitchen.warnAfterMinutes; using the defaults for both");
            warn = DEFAULTS.warnAfter();
            late = DEFAULTS.lateAfter();
        }
        boolean sound = !"false".equalsIgnoreCase(p.getProperty("kitchen.sound", "true").strip());
        boolean padsRequireTls = !"false".equalsIgnoreCase(p.getProperty("pads.requireTls", "true").strip());
        return new Settings(warn, late, sound, padsRequireTls);
    }

    private static Duration minutes(Properties p, String key, Duration fallback) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            double minutes = Double.parseDouble(value.strip());
            if (minutes >= 0 && minutes <= 24 * 60) {
                return Duration.ofSeconds(Math.round(minutes * 60));
            }
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a number of minutes", key, value);
            return fallback;
        }
        LOG.warn("{}={} is out of range (0 to 1440 minutes)", key, value);
        return fallback;
    }
}
