package com.bistro92.backup;

import com.bistro92.journal.EventStream;
import com.bistro92.settings.Settings;
import com.bistro92.settings.SettingsChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup: at the set local time, on a thread of its own, keeping the last N files. A
 * change of the settings moves the next run at once.
 */
public final class BackupSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;
    private final Supplier<Settings> settings;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("backup-schedule").daemon().factory());
    private final AutoCloseable subscription;
    private ScheduledFuture<?> next;

    public BackupSchedule(Backups backups, Supplier<Settings> settings, EventStream events, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.clock = clock;
        this.subscription = events.subscribe(SettingsChanged.class, e -> timer.execute(this::plan));
        timer.execute(this::plan);
    }

    /** The next time a daily backup is due after {@code now}, at {@code settings.backupAt()}. */
    static Instant nextRun(Settings settings, Instant now, Clock clock) {
        ZonedDateTime today = now.atZone(clock.getZone()).toLocalDate().atTime(settings.backupAt())
                .atZone(clock.getZone());
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    private void plan() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        Settings s = settings.get();
        if (!s.backupDaily()) {
            return;
        }
        if (backups.onServer()) {
            LOG.info("No daily backup of the suite's own: {}", backups.serverBackupAdvice());
            return;
        }
        Instant now = clock.instant();
        Instant at = nextRun(s, now, clock);
        next = timer.schedule(this::run, Duration.between(now, at).toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("Next daily backup at {}", at);
    }

    private void run() {
        try {
            backups.backupNow(p -> { });
        } catch (Exception e) {
            LOG.error("The daily backup failed", e);
        }
        plan();
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Cannot unsubscribe the backup schedule", e);
        }
        timer.shutdownNow();
    }
}
