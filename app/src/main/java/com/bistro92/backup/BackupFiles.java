package com.bistro92.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backup files in a folder: {@code bistro92-20261128-030000.zip}, named for the local time
 * they were taken. Only files named so are listed and pruned; anything else in the folder is left alone.
 */
public final class BackupFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("bistro92-(\\d{8}-\\d{6})\\.zip");

    private final ZoneId zone;

    public BackupFiles(ZoneId zone) {
        this.zone = zone;
    }

    /** The name of a backup taken at {@code at}. */
    public String name(Instant at) {
        return "bistro92-" + STAMP.format(LocalDateTime.ofInstant(at, zone)) + ".zip";
    }

    /** When the backup named {@code file} was taken, if it is named as ours are. */
    public Optional<Instant> takenAt(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The backups in {@code folder}, newest first; none if the folder does not exist. */
    public List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && takenAt(f).isPresent())
                    .sorted(Comparator.comparing((Path f) -> takenAt(f).orElseThrow()).reversed())
                    .toList();
        }
    }

    /** When the newest backup in {@code folder} was taken. */
    public Optional<Instant> newest(Path folder) throws IOException {
        return list(folder).stream().findFirst().flatMap(this::takenAt);
    }

    /** Deletes all but the newest {@code keep} backups in {@code folder}; returns the deleted files. */
    public List<Path> prune(Path folder, int keep) throws IOException {
        List<Path> all = list(folder);
        List<Path> old = all.subList(Math.min(keep, all.size()), all.size());
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
        return List.copyOf(old);
    }
}
