package com.bistro92.displayclient;

import com.bistro92.store.PrivateFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The display's own folder: its pairing in {@code display.json}, with the device token in it. The
 * folder is 0700 and the file 0600, written atomically, as the suite keeps its own secrets.
 */
public final class DisplayFolder {

    public static final String FILE = "display.json";
    private static final Logger LOG = LoggerFactory.getLogger(DisplayFolder.class);

    private final Path folder;
    private final ObjectMapper json;

    public DisplayFolder(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    /** The pairing kept here, if any. An unreadable file counts as none: the display pairs again. */
    public Optional<DisplayCredentials> load() {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            PrivateFiles.folder(folder);
            PrivateFiles.file(file);
            return Optional.of(json.readValue(Files.readAllBytes(file), DisplayCredentials.class));
        } catch (IOException e) {
            LOG.warn("The display's pairing in {} cannot be read; pair it again", file, e);
            return Optional.empty();
        }
    }

    /** Keeps {@code credentials}, replacing what was kept. */
    public void save(DisplayCredentials credentials) throws IOException {
        PrivateFiles.folder(folder);
        PrivateFiles.write(folder.resolve(FILE), json.writeValueAsBytes(credentials));
    }

    public Path folder() {
        return folder;
    }
}
