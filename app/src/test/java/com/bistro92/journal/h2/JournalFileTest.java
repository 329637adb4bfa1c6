package com.bistro92.journal.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Folders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal file's two halves: records are read back in the order they were written, and a
 * cleared journal reads back empty, so that a record left over from before a restart is never
 * taken for a group of the same number written after it.
 */
class JournalFileTest {

    Path folder;

    @BeforeEach
    void make() throws Exception {
        folder = Files.createTempDirectory("bistro92-journal-file");
    }

    @AfterEach
    void delete() throws Exception {
        Folders.delete(folder);
    }

    private static byte[] redo(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> read(JournalFile file) throws Exception {
        return file.readAll().stream().map(e -> e.group() + ":" + new String(e.redo(), StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void afterAClearNothingOfEitherHalfIsReadBack() throws Exception {
        String base = folder.resolve("bistro92.journal").toString();
        try (JournalFile file = JournalFile.open(base)) {
            file.append(10, redo("ten"));
            file.rotate();
            file.append(11, redo("eleven, before the restart"));
            file.append(12, redo("twelve, before the restart"));
            assertThat(read(file)).containsExactly("10:ten", "11:eleven, before the restart",
                    "12:twelve, before the restart");
        }
        try (JournalFile file = JournalFile.open(base)) {
            // a restart whose database holds group 10 only: the writer numbers on from 11
            file.clear();
            assertThat(read(file)).as("a cleared journal").isEmpty();
            file.append(11, redo("eleven, after the restart"));
        }
        try (JournalFile file = JournalFile.open(base)) {
            assertThat(read(file)).as("after the next crash").containsExactly("11:eleven, after the restart");
        }
    }
}
