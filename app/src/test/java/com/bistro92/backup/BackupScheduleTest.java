package com.bistro92.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup runs at its time, and only the newest backups are kept. */
class BackupScheduleTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static Settings daily(LocalTime at, int keep) {
        Settings s = Settings.DEFAULTS;
        return new Settings(s.port(), s.tlsPort(), s.warnAfter(), s.lateAfter(), s.sound(), s.theme(), s.currency(),
                s.autoLock(), Path.of("backups"), true, at, keep, s.trainingData(), s.padsRequireTls(),
                s.serverNames());
    }

    @Test
    void theNextRunIsTodayAtItsTimeOrElseTomorrow() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        java.time.Clock clock = java.time.Clock.system(paris);
        Settings at3 = daily(LocalTime.of(3, 0), 14);
        Instant before = ZonedDateTime.of(2026, 11, 27, 2, 59, 0, 0, paris).toInstant();
        Instant after = ZonedDateTime.of(2026, 11, 27, 3, 0, 0, 0, paris).toInstant();
        assertThat(BackupSchedule.nextRun(at3, before, clock))
                .isEqualTo(ZonedDateTime.of(2026, 11, 27, 3, 0, 0, 0, paris).toInstant());
        assertThat(BackupSchedule.nextRun(at3, after, clock)).as("exactly at the time: the next day's")
                .isEqualTo(ZonedDateTime.of(2026, 11, 28, 3, 0, 0, 0, paris).toInstant());
        // the night the clocks go back, 03:00 comes once, an hour later than 24 hours on
        Instant saturday = ZonedDateTime.of(2026, 10, 24, 3, 30, 0, 0, paris).toInstant();
        assertThat(Duration.between(saturday, BackupSchedule.nextRun(at3, saturday, clock)))
                .isEqualTo(Duration.ofHours(24).plusMinutes(30));
    }

    @Test
    void dailyBackupsRunOnTimeAndOnlyTheNewestAreKept() throws Exception {
        TestClock clock = new TestClock();
        if (clock.instant().atZone(clock.getZone()).getHour() == 23) {
            clock.advance(Duration.ofHours(2));
        }
        LocalTime at = clock.instant().atZone(clock.getZone()).toLocalTime().plusSeconds(1)
                .truncatedTo(ChronoUnit.SECONDS);
        Settings settings = daily(at, 2);
        Backups backups = new Backups(app.app().database().dsl(), () -> settings, data, clock);
        List<Backups.Done> done = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        backups.onDone(d -> {
            done.add(d);
            clock.advance(Duration.ofDays(1));
            three.countDown();
        });
        try (BackupSchedule schedule = new BackupSchedule(backups, () -> settings, app.app().events(), clock)) {
            assertThat(three.await(60, TimeUnit.SECONDS)).as("three daily backups ran").isTrue();
        }
        assertThat(done).hasSizeGreaterThanOrEqualTo(3);
        assertThat(done.get(2).pruned()).as("the oldest one goes when the third is written")
                .containsExactly(done.get(0).file());
        try (Stream<Path> files = Files.list(settings.backupFolderIn(data))) {
            assertThat(files.filter(f -> f.toString().endsWith(".zip")).map(Path::getFileName).map(Path::toString)
                    .sorted().toList()).hasSize(2).doesNotContain(done.get(0).file().getFileName().toString());
        }
    }
}
