package com.bistro92;

import com.bistro92.store.PostgresAddress;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite in a child JVM, started headless on a free port, for the tests that kill it with
 * SIGKILL: no shutdown hook runs, nothing is flushed.
 *
 * @param where where the child says it keeps its data: the folder, or the database's address
 */
public record ChildSuite(Process process, int port, String where) implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("running on port (\\d+) with data in (\\S+)\\.");

    /**
     * Starts the suite on {@code data}, keeping its data in {@code database} when one is given
     * (else in H2 in the folder), and waits until it serves.
     */
    public static ChildSuite start(Path data, PostgresAddress database) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), "com.bistro92.Launcher",
                "--headless", "--port", "0", "--data", data.toString()));
        if (database != null) {
            command.addAll(List.of("--database", database.toString()));
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // in order, so that a failed start shows its log as it was written
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Matcher> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.add(line);
                    Matcher m = RUNNING.matcher(line);
                    if (m.find()) {
                        Thread.ofVirtual().start(() -> drain(out));
                        return m;
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("The server exited before it was running:\n" + String.join("\n", seen));
        });
        try {
            Matcher running = port.get(60, TimeUnit.SECONDS);
            return new ChildSuite(process, Integer.parseInt(running.group(1)), running.group(2));
        } catch (java.util.concurrent.TimeoutException e) {
            // a start that hangs must not go on running beside the other tests: say where it hangs, and end it
            String where = threads(process);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("The server was not running within 60 s. Its log:\n" + String.join("\n", seen)
                    + "\nIts main thread:\n" + where, e);
        }
    }

    /** Kills the child with SIGKILL; whether it was gone within 30 s. */
    public boolean kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the child as a service manager would (SIGTERM), and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Keeps the child's output pipe from filling up; ends when the child dies. */
    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                continue;
            }
        } catch (java.io.IOException childGone) {
            // the child was killed: there is nothing more to read
            return;
        }
    }

    /** The main thread's stack of the running child, as {@code jcmd Thread.print} shows it. */
    private static String threads(Process process) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor(10, TimeUnit.SECONDS);
            int main = text.indexOf("\"main\"");
            return main < 0 ? text : text.substring(main, Math.min(text.length(), main + 3000));
        } catch (Exception e) {
            return "(no thread dump: " + e + ")";
        }
    }
}
