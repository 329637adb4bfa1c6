package com.bistro92.backup;

import com.bistro92.settings.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * How the backups stand, for the status line: when the last one was taken, and whether one is
 * overdue (none yet, none for 26 hours, or the daily one missed by more than half an hour).
 */
public record BackupStatus(Optional<Instant> last, boolean overdue, String text) {

    static final Duration TOO_OLD = Duration.ofHours(26);
    static final Duration GRACE = Duration.ofMinutes(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static BackupStatus of(Optional<Instant> last, Settings settings, Instant now, ZoneId zone) {
        if (last.isEmpty()) {
            return new BackupStatus(last, true, "No backup yet");
        }
        Instant at = last.get();
        boolean overdue = Duration.between(at, now).compareTo(TOO_OLD) > 0 || missed(at, settings, now, zone);
        return new BackupStatus(last, overdue, "Last backup " + when(at, now, zone) + (overdue ? " — overdue" : ""));
    }

    /** Whether the latest daily slot, half an hour gone, came after the last backup. */
    private static boolean missed(Instant last, Settings settings, Instant now, ZoneId zone) {
        if (!settings.backupDaily()) {
            return false;
        }
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(settings.backupAt()).atZone(zone);
        Instant slot = today.toInstant().isAfter(now) ? today.minusDays(1).toInstant() : today.toInstant();
        return last.isBefore(slot) && !now.isBefore(slot.plus(GRACE));
    }

    private static String when(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (t.toLocalDate().equals(today)) {
            return "today " + TIME.format(t);
        }
        if (t.toLocalDate().equals(today.minusDays(1))) {
            return "yesterday " + TIME.format(t);
        }
        return DAY.format(t);
    }
}
