package com.bistro92.settings;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restaurant's settings as the rest of the suite reads them: an immutable value, kept in the
 * database ({@link SettingsStore}) and changed only through the journal. {@code bistro92.properties}
 * in the data folder, if there is one, gives the values of the very first start (see {@link #load}).
 *
 * @param port           the HTTP/WebSocket port (a {@code --port} flag wins); needs a restart
 * @param tlsPort        the HTTPS/WSS port for pads (a {@code --tls-port} flag wins); needs a restart
 * @param warnAfter      when a kitchen ticket turns yellow
 * @param lateAfter      when a kitchen ticket turns red
 * @param sound          whether a new ticket chimes
 * @param theme          the desktop's colours (the kitchen PC's {@code --kitchen} is always dark)
 * @param currency       the currency prices are shown in
 * @param autoLock       how long a staff screen stays signed in without use; zero never locks
 * @param backupFolder   where backups go; a relative path is inside the data folder
 * @param backupDaily    whether a backup is made every day at {@code backupAt}
 * @param backupAt       the local time of the daily backup
 * @param backupKeep     how many backup files are kept; older ones are deleted after a new one
 * @param trainingData   this data folder is a training copy: every screen says so
 * @param padsRequireTls whether pads on the LAN may pair and use their token only over HTTPS/WSS
 * @param serverNames    host names the server answers to besides its addresses; needs a restart
 * @param taxRate        the sales tax in percent (e.g. 10 or 8.875), applied to bills
 * @param taxIncluded    whether menu prices include the tax (it is then shown as part of the total)
 * @param monitoringAddress the one address (an IP literal) from which a monitoring server may read
 *                       {@code /metrics} without the staff token, and nothing else; empty: none
 * @param webPads        how the web pads at the tables behave
 */
public record Settings(int port, int tlsPort, Duration warnAfter, Duration lateAfter, boolean sound, Theme theme,
                       Currency currency, Duration autoLock, Path backupFolder, boolean backupDaily,
                       LocalTime backupAt, int backupKeep, boolean trainingData, boolean padsRequireTls,
                       List<String> serverNames, BigDecimal taxRate, boolean taxIncluded, String monitoringAddress,
                       WebPads webPads) {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    /** The file of first-start values in the data folder. */
    public static final String FILE = "bistro92.properties";
    public static final Settings DEFAULTS = new Settings(8092, 8093, Duration.ofMinutes(5), Duration.ofMinutes(10),
            true, Theme.LIGHT, localCurrency(Locale.getDefault()), Duration.ofMinutes(5), Path.of("backups"), true,
            LocalTime.of(3, 0), 14, false, true, List.of(), BigDecimal.ZERO, true, "", WebPads.DEFAULTS);

    /**
     * How the web pads at the tables behave.
     *
     * @param idleClear        a cart left half-built, and a guest's screen away from the menu, are cleared
     *                         after this long without a touch (kiosk care)
     * @param guestsOpenTables whether the party may open its table by scanning the pad's one-time code
     *                         with a phone; staff seat tables in Tables &amp; Pads either way
     * @param busyLateTickets  the pads say the kitchen is busy, with the wait, while this many tickets are
     *                         past red (late); 0 never says so
     */
    public record WebPads(Duration idleClear, boolean guestsOpenTables, int busyLateTickets) {
        public static final WebPads DEFAULTS = new WebPads(Duration.ofMinutes(3), false, 5);

        /** Pads that say the kitchen is busy from five late tickets on. */
        public WebPads(Duration idleClear, boolean guestsOpenTables) {
            this(idleClear, guestsOpenTables, 5);
        }
    }

    /** The desktop's colours. */
    public enum Theme {
        LIGHT, DARK
    }

    public Settings {
        serverNames = List.copyOf(serverNames);
        monitoringAddress = monitoringAddress == null ? "" : monitoringAddress.strip();
        webPads = webPads == null ? WebPads.DEFAULTS : webPads;
    }

    /** Settings with the web pads' defaults. */
    public Settings(int port, int tlsPort, Duration warnAfter, Duration lateAfter, boolean sound, Theme theme,
                    Currency currency, Duration autoLock, Path backupFolder, boolean backupDaily, LocalTime backupAt,
                    int backupKeep, boolean trainingData, boolean padsRequireTls, List<String> serverNames,
                    BigDecimal taxRate, boolean taxIncluded, String monitoringAddress) {
        this(port, tlsPort, warnAfter, lateAfter, sound, theme, currency, autoLock, backupFolder, backupDaily,
                backupAt, backupKeep, trainingData, padsRequireTls, serverNames, taxRate, taxIncluded,
                monitoringAddress, WebPads.DEFAULTS);
    }

    /** Settings with no monitoring address: only staff may read the metrics. */
    public Settings(int port, int tlsPort, Duration warnAfter, Duration lateAfter, boolean sound, Theme theme,
                    Currency currency, Duration autoLock, Path backupFolder, boolean backupDaily, LocalTime backupAt,
                    int backupKeep, boolean trainingData, boolean padsRequireTls, List<String> serverNames,
                    BigDecimal taxRate, boolean taxIncluded) {
        this(port, tlsPort, warnAfter, lateAfter, sound, theme, currency, autoLock, backupFolder, backupDaily,
                backupAt, backupKeep, trainingData, padsRequireTls, serverNames, taxRate, taxIncluded, "");
    }

    /** These settings with {@code pads} for the web pads. */
    public Settings withWebPads(WebPads pads) {
        return new Settings(port, tlsPort, warnAfter, lateAfter, sound, theme, currency, autoLock, backupFolder,
                backupDaily, backupAt, backupKeep, trainingData, padsRequireTls, serverNames, taxRate, taxIncluded,
                monitoringAddress, pads);
    }

    /** Whether {@code remote} is the monitoring address (never when none is set). */
    public boolean isMonitor(java.net.InetAddress remote) {
        if (monitoringAddress.isEmpty() || remote == null) {
            return false;
        }
        try {
            return java.net.InetAddress.ofLiteral(monitoringAddress).equals(remote);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Settings without a tax: prices are what guests pay. */
    public Settings(int port, int tlsPort, Duration warnAfter, Duration lateAfter, boolean sound, Theme theme,
                    Currency currency, Duration autoLock, Path backupFolder, boolean backupDaily, LocalTime backupAt,
                    int backupKeep, boolean trainingData, boolean padsRequireTls, List<String> serverNames) {
        this(port, tlsPort, warnAfter, lateAfter, sound, theme, currency, autoLock, backupFolder, backupDaily,
                backupAt, backupKeep, trainingData, padsRequireTls, serverNames, BigDecimal.ZERO, true);
    }

    /** The currency of {@code locale}'s country, or the euro when it has none. */
    public static Currency localCurrency(Locale locale) {
        try {
            Currency currency = Currency.getInstance(locale);
            return currency == null ? Currency.getInstance("EUR") : currency;
        } catch (IllegalArgumentException e) {
            return Currency.getInstance("EUR");
        }
    }

    /** The backup folder, relative paths taken inside {@code data}. */
    public Path backupFolderIn(Path data) {
        return data.resolve(backupFolder);
    }

    /** Whether changing from {@code before} to this takes effect only after a restart. */
    public boolean needsRestartAfter(Settings before) {
        return port != before.port || tlsPort != before.tlsPort || !serverNames.equals(before.serverNames)
                || padsRequireTls != before.padsRequireTls;
    }

    /**
     * The first-start settings from {@code bistro92.properties} in {@code dataFolder} (keys as in
     * {@link SettingsCodec}), or the defaults. A value that makes no sense is logged and ignored.
     */
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
        Map<String, String> values = new HashMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return SettingsCodec.lenient(values, DEFAULTS);
    }
}
