package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanHost;
import com.bistro92.tls.Pem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tablet at a table, for the web pad's tests: Debian's Chromium, driven through Debian's
 * chromedriver, both running on the {@link LanHost} (a real second address, so every per-device
 * rule applies), with the restaurant's root installed in the browser's NSS database as a tablet's
 * owner installs it. Never told to ignore certificate errors.
 */
public final class PadBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CERTUTIL = "/usr/bin/certutil";
    static final Duration WAIT = Duration.ofSeconds(15);

    private final Process driverProcess;
    private final RemoteWebDriver driver;
    private final List<String> console = new ArrayList<>();

    private PadBrowser(Process driverProcess, RemoteWebDriver driver) {
        this.driverProcess = driverProcess;
        this.driver = driver;
    }

    /**
     * A browser whose window is {@code width}×{@code height} CSS pixels, with {@code home} as its
     * user's home (its NSS database and profile), trusting {@code root} (or nothing, when null).
     */
    public static PadBrowser open(Path home, X509Certificate root, int width, int height) throws Exception {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install chromium), as .ci/run installs it")
                .isExecutable();
        assertThat(Path.of(CHROMEDRIVER)).as("Debian's chromedriver (apt-get install chromium-driver)").isExecutable();
        if (root != null) {
            trust(home, root);
        }
        LanHost lan = LanHost.get();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(lan.command(CHROMEDRIVER, "--port=" + port,
                "--allowed-ips=" + lan.serverAddress().getHostAddress() + ",127.0.0.1"))
                .redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        awaitStarted(process);
        ChromeOptions options = chromium(home.resolve("profile"),
                "--window-size=" + Math.max(width, 500) + "," + (height + 150), "--lang=en-GB");
        // the page's own size, exactly, as the device's screen has it (a window cannot be narrower
        // than 500 px); touch where the device has a touch screen
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width,
                "height", height, "pixelRatio", 1.0, "touch", width >= 390 && height > 320)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        String address = lan.isNamespace() ? lan.address().getHostAddress() : "127.0.0.1";
        RemoteWebDriver driver;
        try {
            driver = new RemoteWebDriver(URI.create("http://" + address + ":" + port).toURL(), options);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new PadBrowser(process, driver);
    }

    /**
     * Debian's Chromium as the web pad's tests and benchmarks start it: headless, quiet, on a new
     * profile in {@code profile}, never told to ignore certificate errors; plus {@code extra} flags.
     */
    static ChromeOptions chromium(Path profile, String... extra) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(profile));
        options.addArguments(extra);
        return options;
    }

    /** Debian's chromedriver on this computer, with {@code home} as the browser's home (its NSS database). */
    static org.openqa.selenium.chrome.ChromeDriverService localDriver(Path home) {
        return new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString())).build();
    }

    private static void awaitStarted(Process process) throws Exception {
        CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> {
            StringBuilder said = new StringBuilder();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                for (String line; (line = out.readLine()) != null; ) {
                    said.append(line).append('\n');
                    if (line.contains("started successfully")) {
                        // keep draining, so the driver never blocks on a full pipe
                        Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
                        return said.toString();
                    }
                }
            } catch (IOException e) {
                said.append(e);
            }
            throw new IllegalStateException("chromedriver did not start: " + said);
        });
        started.get(30, TimeUnit.SECONDS);
    }

    /** Puts {@code root} in the NSS database Chromium reads under {@code home}, as a trusted CA. */
    static void trust(Path home, X509Certificate root) throws Exception {
        assertThat(Path.of(CERTUTIL)).as("certutil (apt-get install libnss3-tools)").isExecutable();
        Path nss = Files.createDirectories(home.resolve(".pki/nssdb"));
        Path pem = home.resolve("bistro92-root.pem");
        Files.writeString(pem, Pem.of(List.of(root)), StandardCharsets.US_ASCII);
        run(home, List.of(CERTUTIL, "-N", "-d", "sql:" + nss, "--empty-password"));
        run(home, List.of(CERTUTIL, "-A", "-d", "sql:" + nss, "-t", "C,,", "-n", "Bistro92 root", "-i",
                pem.toString()));
    }

    private static void run(Path home, List<String> argv) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + argv);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    /** Waits until {@code condition} holds, or fails with what the page's console said. */
    public <T> T until(Function<WebDriver, T> condition) {
        try {
            // the pad redraws a screen at each change: an element met as it is replaced is asked for again
            return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (RuntimeException e) {
            throw new AssertionError("Waited " + WAIT.toSeconds() + " s in vain on " + driver.getCurrentUrl()
                    + "\nPage: " + text("body") + "\nConsole: " + console(), e);
        }
    }

    /** The element with {@code id}, once it is on the page and shown. */
    public WebElement shown(String id) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Clicks the element with {@code id} once it can be clicked. */
    public void click(String id) {
        click(By.id(id));
    }

    /** Clicks the first element {@code css} finds, once it can be clicked. */
    public void clickCss(String css) {
        click(By.cssSelector(css));
    }

    /**
     * Clicks what {@code by} finds once it can be clicked; if the pad redrew it in between (a feed
     * event, the menu's marks arriving), the new one is found and clicked.
     */
    private void click(By by) {
        until(d -> {
            try {
                ExpectedConditions.elementToBeClickable(by).apply(d).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | NullPointerException
                     | org.openqa.selenium.ElementClickInterceptedException e) {
                return null;
            }
        });
    }

    /** Waits until the element with {@code id} holds {@code text}. */
    public void untilText(String id, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /**
     * The visible text of the first element {@code css} finds, or "" when there is none. The pad
     * redraws a screen at each change (a feed event, a status), so an element found may be replaced
     * before it is read: it is then found again, a few times at most.
     */
    public String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<WebElement> found = driver.findElements(By.cssSelector(css));
                return found.isEmpty() ? "" : found.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** What the page wrote to its console so far. */
    public List<String> console() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                console.add(entry.getLevel() + " " + entry.getMessage());
            }
        } catch (RuntimeException e) {
            console.add("(console not readable: " + e.getMessage() + ")");
        }
        return List.copyOf(console);
    }

    /**
     * What keeps the browser from installing the page as an app (its manifest, icons, service
     * worker, HTTPS), as DevTools' Application panel lists it: empty when it can be installed.
     */
    public List<Object> installabilityErrors() {
        org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp)
                new org.openqa.selenium.remote.Augmenter().augment(driver);
        Object errors = cdp.executeCdpCommand("Page.getInstallabilityErrors", Map.of()).get("installabilityErrors");
        return errors instanceof List<?> list ? List.copyOf(list) : List.of(String.valueOf(errors));
    }

    /** A screenshot of the window, as PNG bytes. */
    public byte[] screenshot() {
        return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    /**
     * Saves a screenshot as {@code name} in the folder {@code -Dscreenshots.dir} names (as
     * {@code docs/pictures.sh} runs the tests), else in {@code target/screenshots}.
     */
    public void picture(String name) throws IOException {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), screenshot());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // the browser may be gone already
        } finally {
            driverProcess.destroy();
            try {
                if (!driverProcess.waitFor(5, TimeUnit.SECONDS)) {
                    driverProcess.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                driverProcess.destroyForcibly();
            }
        }
    }
}
