package com.bistro92.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        assertThat(Settings.DEFAULTS.port()).isEqualTo(8092);
        assertThat(Settings.DEFAULTS.backupKeep()).isEqualTo(14);
    }

    @Test
    void theKitchenThresholdsAndSoundComeFromTheFile() throws Exception {
        Files.writeString(data.resolve(Settings.FILE), """
                kitchen.warnAfterMinutes=4
                kitchen.lateAfterMinutes=7.5
                kitchen.sound=false
                pads.requireTls=false
                money.currency=chf
                backup.at=22:30
                """);
        Settings s = Settings.load(data);
        assertThat(s.warnAfter()).isEqualTo(Duration.ofMinutes(4));
        assertThat(s.lateAfter()).isEqualTo(Duration.ofSeconds(450));
        assertThat(s.sound()).isFalse();
        assertThat(s.padsRequireTls()).isFalse();
        assertThat(s.currency()).isEqualTo(Currency.getInstance("CHF"));
        assertThat(s.backupAt()).isEqualTo(LocalTime.of(22, 30));
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

    @Test
    void everySettingSurvivesItsTextForm() {
        Settings s = new Settings(9000, 9443, Duration.ofMinutes(3), Duration.ofMinutes(8), false,
                Settings.Theme.DARK, Currency.getInstance("GBP"), Duration.ZERO, Path.of("/srv/backups"), false,
                LocalTime.of(23, 15), 3, true, false, List.of("bistro.local", "till"));
        SettingsCodec.Parsed back = SettingsCodec.parse(SettingsCodec.write(s), Settings.DEFAULTS);
        assertThat(back.errors()).isEmpty();
        assertThat(back.settings()).isEqualTo(s);
    }

    @Test
    void parsingNamesEveryWrongValue() {
        SettingsCodec.Parsed parsed = SettingsCodec.parse(Map.of(SettingsCodec.BACKUP_AT, "25:99",
                SettingsCodec.CURRENCY, "XYZW", SettingsCodec.PORT, "http"), Settings.DEFAULTS);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errors()).extracting(e -> e.field())
                .containsExactlyInAnyOrder(SettingsCodec.BACKUP_AT, SettingsCodec.CURRENCY, SettingsCodec.PORT);
    }

    @Test
    void theDefaultCurrencyIsTheLocalesOrTheEuro() {
        assertThat(Settings.localCurrency(Locale.UK)).isEqualTo(Currency.getInstance("GBP"));
        assertThat(Settings.localCurrency(Locale.ENGLISH)).isEqualTo(Currency.getInstance("EUR"));
    }
}
