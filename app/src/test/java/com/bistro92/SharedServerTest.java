package com.bistro92;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** For test classes whose tests can share one server: a real Jetty and H2, started once per class. */
public abstract class SharedServerTest {

    @TempDir
    protected static Path data;
    protected static TestApp app;

    @BeforeAll
    static void startServer() throws Exception {
        app = TestApp.start(data);
    }

    @AfterAll
    static void stopServer() {
        app.close();
    }
}
