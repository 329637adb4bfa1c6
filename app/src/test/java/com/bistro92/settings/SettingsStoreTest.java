package com.bistro92.settings;

import static com.bistro92.db.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.TestApp;
import com.bistro92.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings live in the database and change through the journal, one event per change. */
class SettingsStoreTest {

    @TempDir
    Path data;

    private static Settings withWarn(Settings s, Duration warn, Duration late) {
        return new Settings(s.port(), s.tlsPort(), warn, late, s.sound(), s.theme(), s.currency(), s.autoLock(),
                s.backupFolder(), s.backupDaily(), s.backupAt(), s.backupKeep(), s.trainingData(), s.padsRequireTls(),
                s.serverNames());
    }

    private static String stored(TestApp app, String key) {
        return app.app().database().dsl().select(SETTING.SETTING_VALUE).from(SETTING)
                .where(SETTING.SETTING_KEY.eq(key)).fetchOne(SETTING.SETTING_VALUE);
    }

    @Test
    void badSettingsAreRefusedWith422AndNothingIsWritten() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            SettingsStore store = app.app().settings();
            Settings before = store.current();
            long seq = app.app().journal().lastSeq();
            Settings bad = new Settings(70_000, 70_000, Duration.ZERO, Duration.ZERO, true, Settings.Theme.DARK,
                    before.currency(), Duration.ofMinutes(5), before.backupFolder(), true, before.backupAt(), 0, false,
                    true, List.of("not a host!"));

            assertThatThrownBy(() -> store.change(bad, 1).join()).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(Problem.class, p -> {
                        assertThat(p.status()).isEqualTo(422);
                        assertThat(p.errors()).extracting(Problem.FieldError::field).contains(SettingsCodec.PORT,
                                SettingsCodec.TLS_PORT, SettingsCodec.WARN, SettingsCodec.LATE,
                                SettingsCodec.BACKUP_KEEP, SettingsCodec.SERVER_NAMES);
                    });
            assertThat(store.current()).isEqualTo(before);
            assertThat(app.app().journal().lastSeq()).isEqualTo(seq);
            assertThat(stored(app, SettingsCodec.THEME)).isEqualTo("LIGHT");
            assertThat(stored(app, SettingsCodec.PORT)).isEqualTo("8092");
        }
    }

    @Test
    void aChangeIsPublishedAsOneEventAppliedAndKept() throws Exception {
        List<SettingsChanged> heard = new CopyOnWriteArrayList<>();
        Settings changed;
        try (TestApp app = TestApp.start(data)) {
            app.app().events().subscribe(SettingsChanged.class, heard::add);
            SettingsStore store = app.app().settings();
            changed = withWarn(store.current(), Duration.ofMinutes(7), Duration.ofMinutes(12));

            Settings saved = store.change(changed, 1).join();

            assertThat(saved).isEqualTo(changed);
            assertThat(store.current().warnAfter()).isEqualTo(Duration.ofMinutes(7));
            assertThat(heard).singleElement().satisfies(e -> {
                assertThat(e.settings()).isEqualTo(changed);
                assertThat(e.staffId()).isEqualTo(1);
                assertThat(e.staffOnly()).isTrue();
                assertThat(e.json()).contains("\"type\":\"settings_changed\"").contains("\"staff_id\":1");
            });
            assertThat(stored(app, SettingsCodec.WARN)).isEqualTo("7");
        }
        try (TestApp again = TestApp.start(data)) {
            assertThat(again.app().settings().current()).isEqualTo(changed);
        }
    }

    @Test
    void thePropertiesFileSeedsTheFirstStartOnly() throws Exception {
        Files.writeString(data.resolve(Settings.FILE), "kitchen.warnAfterMinutes=4\nkitchen.sound=false\n");
        try (TestApp app = TestApp.start(data)) {
            assertThat(app.app().settings().current().warnAfter()).isEqualTo(Duration.ofMinutes(4));
            assertThat(app.app().settings().current().sound()).isFalse();
        }
        Files.writeString(data.resolve(Settings.FILE), "kitchen.warnAfterMinutes=9\n");
        try (TestApp app = TestApp.start(data)) {
            assertThat(app.app().settings().current().warnAfter()).isEqualTo(Duration.ofMinutes(4));
        }
    }
}
