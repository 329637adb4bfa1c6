package com.bistro92.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What a checked backup holds, and a copy of its database migrated to this version, ready to be
 * put in place by a restore.
 *
 * @param file          the backup file
 * @param takenAt       when it was taken (from its name, else the file's time)
 * @param schemaVersion the schema version it was made with
 * @param orders        how many orders it holds
 * @param lastOrderAt   when its newest order was placed, or null when it has none
 * @param lastOrderId   the id of its newest order, 0 when it has none
 * @param prepared      the migrated copy of its database file, in a folder of its own
 */
public record BackupContents(Path file, Instant takenAt, String schemaVersion, long orders, Instant lastOrderAt,
                             long lastOrderId, Path prepared) {

    /** Deletes the prepared copy and its folder, when the restore does not go ahead. */
    public void discard() {
        Path folder = prepared.getParent();
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
