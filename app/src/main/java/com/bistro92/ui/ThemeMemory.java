package com.bistro92.ui;

import com.bistro92.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme the window was last shown in, kept in a small file of the data folder: the window
 * opens before the database (and its settings) is open, and must not flash light on a dark PC.
 */
final class ThemeMemory {

    static final String FILE_NAME = "window-theme";
    private static final Logger LOG = LoggerFactory.getLogger(ThemeMemory.class);

    private final Path file;

    ThemeMemory(Path data) {
        this.file = data.resolve(FILE_NAME);
    }

    /** The theme last remembered here; light when there is none yet (a first start) or it cannot be read. */
    Settings.Theme load() {
        try {
            return Settings.Theme.valueOf(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            return Settings.Theme.LIGHT;
        }
    }

    void save(Settings.Theme theme) {
        if (load() == theme && Files.exists(file)) {
            return;
        }
        try {
            Files.writeString(file, theme.name(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // the next start opens in the light theme, then takes the settings' theme
            LOG.warn("Cannot remember the window's theme in {}: {}", file, e.toString());
        }
    }
}
