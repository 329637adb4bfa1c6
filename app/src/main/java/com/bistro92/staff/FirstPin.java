package com.bistro92.staff;

import com.bistro92.store.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The manager's first PIN, kept in {@code first-pin.txt} in the data folder (0600) until the
 * manager has seen it: never in the log. The desktop shows it once and then forgets it, which
 * deletes the file; on a server without a window the file is where the manager finds it.
 */
public final class FirstPin {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "first-pin.txt";
    private static final String PIN_LINE = "PIN: ";

    private final Path file;

    public FirstPin(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Writes {@code pin} with a word on what it is for; only this user can read the file, at any moment. */
    public void write(String pin) throws IOException {
        String text = """
                Bistro92: the manager's first PIN

                %s%s

                Bistro92 made this PIN for the Manager account when it first started with this data
                folder. It must be changed at the first login. The desktop app shows it once, on its
                first start, and deletes this file when you confirm you have noted it. Delete this file
                yourself once you have noted the PIN.
                """.formatted(PIN_LINE, pin);
        PrivateFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The PIN, if it was written and not forgotten yet. */
    public Optional<String> read() throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(PIN_LINE))
                    .map(line -> line.substring(PIN_LINE.length()).strip())
                    .findFirst();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Deletes the file: the manager has noted the PIN. */
    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }
}
