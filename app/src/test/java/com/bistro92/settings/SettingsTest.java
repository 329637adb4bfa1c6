package com.bistro92.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path data;

    @Test
    void noFileMeansTheDefaults() {
        assertThat(Settings.load(data)).isEqualTo(Settings.DEFAULTS);
        assertThat(Settings.DEFAULTS.warnAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(Settings.DEFAULTS.lateAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(Settings.DEFAULTS.sound()).isTrue();
        assertThat(Settings.DEFAULTS.padsRequireTls()).isTrue();
    }

    @Test
    void theKitchenThresholdsAndSoundComeFromTheFile() throws Exception {
        Files.writeString(data.resolve(Settings.FILE), """
                kitchen.warnAfterMinutes=4
                kitchen.lateAfterMinutes=7.5
                kitchen.sound=false
                pads.requireTls=false
                """);
        assertThat(Settings.load(data)).isEqualTo(new Settings(Duration.ofMinutes(4), Duration.ofSeconds(450), false,
                false));
    }

    @Test
    void padsMustUseTlsUnlessTheFileSaysFalse() throws Exception {
        Files.writeString(data.resolve(Settings.FILE), "kitchen.sound=false\n");
        assertThat(Settings.load(data).padsRequireTls()).isTrue();
        Files.writeString(data.resolve(Settings.FILE), "pads.requireTls=FALSE\n");
        assertThat(Settings.load(data).padsRequireTls()).isFalse();
    }

    @Test
    void nonsenseIsIgnoredInFavourOfTheDefaults() throws Exception {
        Files.writeString(data.resolve(Settings.FILE), """
                kitchen.warnAfterMinutes=soon
                kitchen.lateAfterMinutes=-3
                """);
        assertThat(Settings.load(data)).isEqualTo(Settings.DEFAULTS);
        Files.writeString(data.resolve(Settings.FILE), """
                kitchen.warnAfterMinutes=12
                kitchen.lateAfterMinutes=6
                """);
        assertThat(Settings.load(data).warnAfter()).isEqualTo(Duration.ofMinutes(5));
    }
}
