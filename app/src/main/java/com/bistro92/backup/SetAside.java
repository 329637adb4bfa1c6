package com.bistro92.backup;

import com.bistro92.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Puts a prepared database in place of the current one, with the database closed: the current
 * database and its journal's files go to {@code replaced-<time>/} in the data folder, whole, so
 * that the restore can be undone by moving them back. The journal starts again empty: its groups
 * belong to the database that was replaced.
 */
public final class SetAside {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SetAside() {
    }

    /** Moves the current data aside and {@code contents}' database in; returns the folder now holding the old data. */
    public static Path swap(Path data, BackupContents contents, Instant now, ZoneId zone) throws IOException {
        Path aside = data.resolve("replaced-" + STAMP.format(LocalDateTime.ofInstant(now, zone)));
        for (int n = 2; Files.exists(aside); n++) {
            aside = data.resolve("replaced-" + STAMP.format(LocalDateTime.ofInstant(now, zone)) + "-" + n);
        }
        Files.createDirectories(aside);
        try {
            for (Path file : Database.files(data)) {
                if (Files.exists(file)) {
                    Files.move(file, aside.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.move(contents.prepared(), data.resolve(Database.fileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            undo(data, aside);
            throw e;
        }
        contents.discard();
        return aside;
    }

    /** Puts the data set aside in {@code aside} back, replacing what a failed restore put in. */
    public static void undo(Path data, Path aside) throws IOException {
        for (Path file : Database.files(data)) {
            Files.deleteIfExists(file);
            Path old = aside.resolve(file.getFileName());
            if (Files.exists(old)) {
                Files.move(old, file, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.deleteIfExists(aside);
    }
}
