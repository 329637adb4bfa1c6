package com.bistro92.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The warm-up's threads yield the cores: on Linux, a nice value that the threads they start inherit. */
class LowPriorityTest {

    /** The nice value of the calling thread, from {@code /proc/thread-self/stat}. */
    static int niceOfThisThread() {
        return nice(Path.of("/proc/thread-self/stat"));
    }

    /** The nice value in a {@code /proc/.../stat} file (its 19th field; the 2nd, the name, may hold spaces). */
    static int nice(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] after = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(after[19 - 3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aThreadThatLowersItselfAndEveryThreadItStartsRunNicedAndTheOthersDoNot() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "nice is Linux's");
        int before = niceOfThisThread();
        CompletableFuture<String> how = new CompletableFuture<>();
        CompletableFuture<Integer> lowered = new CompletableFuture<>();
        CompletableFuture<Integer> child = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            how.complete(LowPriority.lowerThisThread());
            lowered.complete(niceOfThisThread());
            Thread.ofPlatform().start(() -> child.complete(niceOfThisThread()));
        });

        assertThat(how.get(10, TimeUnit.SECONDS)).isEqualTo("at nice " + LowPriority.NICE);
        assertThat(lowered.get(10, TimeUnit.SECONDS)).isEqualTo(LowPriority.NICE);
        assertThat(child.get(10, TimeUnit.SECONDS)).isEqualTo(LowPriority.NICE);
        assertThat(niceOfThisThread()).isEqualTo(before).isLessThan(LowPriority.NICE);
    }
}
