package com.bistro92;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What one view test has to set up and take down, given by {@link ViewExtension}: a suite started
 * cheaply on first asking ({@link #suite()}), a background executor, the view shown on its stage,
 * and everything handed to {@link #closeAfter} closed after the test, the last given first, the
 * suite last of all. {@link #await} waits for a condition without sleeping.
 */
public final class ViewFixture implements AutoCloseable {

    /** How long {@link #await(Callable)} waits: a whole desktop signing in on a busy two-core machine. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final Deque<AutoCloseable> closing = new ArrayDeque<>();
    private Path folder;
    private TestApp suite;
    private ExecutorService background;

    ViewFixture() {
    }

    /** Waits up to {@link #WAIT} for {@code condition}, read again as FX events settle; fails on time-out. */
    public static void await(Callable<Boolean> condition) throws Exception {
        await(WAIT, condition);
    }

    /** Waits up to {@code within} for {@code condition}, read again as FX events settle; fails on time-out. */
    public static void await(Duration within, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(within.toMillis(), TimeUnit.MILLISECONDS, condition);
    }

    /**
     * Clicks the node {@code query} finds, looked up on the FX thread. {@code robot.clickOn(query)}
     * looks on the test thread while the FX thread may be rebuilding the very list it searches (a
     * row replaced as an event arrives), and fails on a node that has just left its scene.
     */
    public static void click(FxRobot robot, String query) throws Exception {
        Node node = WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).match(Node::isVisible).tryQuery())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS)
                .orElseThrow(() -> new AssertionError("Nothing to click: " + query));
        robot.clickOn(robot.point(node));
    }

    /** This test's suite, on the system clock; started cheaply ({@link CheapStart}) at the first call. */
    public TestApp suite() throws Exception {
        return suite(Clock.systemDefaultZone());
    }

    /** This test's suite, timed by {@code clock}; started cheaply at the first call, in a folder of its own. */
    public TestApp suite(Clock clock) throws Exception {
        if (suite == null) {
            suite = closeAfter(TestApp.start(data(), clock));
        }
        return suite;
    }

    /** The data folder of {@link #suite()}, for a window that opens before the suite starts. */
    public Path data() throws IOException {
        return folder().resolve("data");
    }

    /** A folder of this test's own, deleted after it. */
    public Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("bistro92-view");
            closing.push(this::deleteFolder);
        }
        return folder;
    }

    /** An executor of virtual threads for the models' background work, shut down after the test. */
    public ExecutorService background() {
        if (background == null) {
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            closeAfter(executor::shutdownNow);
            background = executor;
        }
        return background;
    }

    /** Closes {@code resource} after the test, before what was given earlier. */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        closing.push(resource);
        return resource;
    }

    /** Shows {@code view} on {@code stage}, in a scene of {@code width} × {@code height}. */
    public void show(Stage stage, Parent view, double width, double height) {
        stage.setScene(new Scene(view, width, height));
        stage.show();
    }

    @Override
    public void close() throws Exception {
        Exception failed = null;
        while (!closing.isEmpty()) {
            try {
                closing.pop().close();
            } catch (Exception e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void deleteFolder() throws IOException {
        Folders.delete(folder);
    }
}
