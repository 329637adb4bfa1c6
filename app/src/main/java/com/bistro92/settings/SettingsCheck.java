package com.bistro92.settings;

import com.bistro92.money.Amounts;
import com.bistro92.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a valid set of settings must satisfy; each failure names its key and says why. */
public final class SettingsCheck {

    private static final Duration DAY = Duration.ofDays(1);
    /** A DNS name or an IPv4 address: labels of letters, digits and hyphens. */
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private SettingsCheck() {
    }

    /** Every rule {@code s} breaks; empty when it may be saved. */
    public static List<FieldError> problems(Settings s) {
        List<FieldError> errors = new ArrayList<>();
        port(errors, SettingsCodec.PORT, s.port());
        port(errors, SettingsCodec.TLS_PORT, s.tlsPort());
        if (s.port() == s.tlsPort()) {
            errors.add(new FieldError(SettingsCodec.TLS_PORT, "must differ from the HTTP port"));
        }
        if (s.warnAfter().compareTo(Duration.ofMinutes(1)) < 0 || s.warnAfter().compareTo(DAY) > 0) {
            errors.add(new FieldError(SettingsCodec.WARN, "must be between 1 and 1440 minutes"));
        }
        if (s.lateAfter().compareTo(s.warnAfter()) <= 0 || s.lateAfter().compareTo(DAY) > 0) {
            errors.add(new FieldError(SettingsCodec.LATE,
                    "must be later than the warning (" + s.warnAfter().toMinutes() + " min) and at most 1440 minutes"));
        }
        Duration idle = s.webPads().idleClear();
        if (idle.compareTo(Duration.ofSeconds(6)) < 0 || idle.compareTo(Duration.ofMinutes(60)) > 0) {
            errors.add(new FieldError(SettingsCodec.PAD_IDLE, "must be between 0.1 and 60 minutes"));
        }
        if (s.webPads().busyLateTickets() < 0 || s.webPads().busyLateTickets() > 200) {
            errors.add(new FieldError(SettingsCodec.BUSY_LATE, "must be between 0 (never) and 200 tickets"));
        }
        if (s.autoLock().isNegative() || s.autoLock().compareTo(Duration.ofHours(4)) > 0) {
            errors.add(new FieldError(SettingsCodec.AUTO_LOCK, "must be between 0 (never) and 240 minutes"));
        }
        if (s.backupFolder().toString().isBlank()) {
            errors.add(new FieldError(SettingsCodec.BACKUP_FOLDER, "must name a folder"));
        }
        if (s.backupKeep() < 1 || s.backupKeep() > 365) {
            errors.add(new FieldError(SettingsCodec.BACKUP_KEEP, "must keep between 1 and 365 backups"));
        }
        if (s.taxRate().signum() < 0 || s.taxRate().compareTo(BigDecimal.valueOf(100)) >= 0
                || !Amounts.atMostDecimals(s.taxRate(), 3)) {
            errors.add(new FieldError(SettingsCodec.TAX_RATE,
                    "must be a percentage from 0 to under 100, with at most 3 decimal places"));
        }
        if (!s.monitoringAddress().isEmpty()) {
            try {
                java.net.InetAddress.ofLiteral(s.monitoringAddress());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(SettingsCodec.MONITORING, "must be an IP address such as 192.168.1.20,"
                        + " or nothing (only staff read the metrics)"));
            }
        }
        for (String name : s.serverNames()) {
            if (!HOST.matcher(name).matches()) {
                errors.add(new FieldError(SettingsCodec.SERVER_NAMES, "\"" + name + "\" is not a host name"));
            }
        }
        return List.copyOf(errors);
    }

    private static void port(List<FieldError> errors, String key, int port) {
        if (port < 1 || port > 65_535) {
            errors.add(new FieldError(key, "must be between 1 and 65535"));
        }
    }
}
