package com.bistro92.pad.client;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** Keeps a pad's pairing across restarts, with the certificate it pinned, in a small file per pad name. */
public final class PadStore {

    private final Path folder;

    public PadStore(Path folder) {
        this.folder = folder;
    }

    public Optional<PadCredentials> load(String name) throws IOException {
        Path file = file(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Optional.of(new PadCredentials(URI.create(p.getProperty("server")), p.getProperty("token"),
                Integer.parseInt(p.getProperty("pad_id")), p.getProperty("pad_name"),
                Integer.parseInt(p.getProperty("table_id")), p.getProperty("table"),
                p.getProperty("fingerprint", "")));
    }

    public void save(String name, PadCredentials pad) throws IOException {
        Files.createDirectories(folder);
        Properties p = new Properties();
        p.setProperty("server", pad.server().toString());
        p.setProperty("token", pad.token());
        p.setProperty("pad_id", String.valueOf(pad.padId()));
        p.setProperty("pad_name", pad.padName());
        p.setProperty("table_id", String.valueOf(pad.tableId()));
        p.setProperty("table", pad.table());
        if (pad.pinned()) {
            p.setProperty("fingerprint", pad.fingerprint());
        }
        try (Writer out = Files.newBufferedWriter(file(name), StandardCharsets.UTF_8)) {
            p.store(out, "Bistro92 pad pairing; delete this file to pair again");
        }
    }

    private Path file(String name) {
        return folder.resolve(name.replaceAll("[^A-Za-z0-9_-]", "_") + ".properties");
    }
}
