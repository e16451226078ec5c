package dev.limber.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.limber.api.support.Http;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.program.Program;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page end to end: headless Chromium, driven by Selenium WebDriver through Debian's
 * chromedriver, against the real service on an embedded H2 database. One service and one
 * browser for the class; every test ends by reading the browser's console, which must hold no
 * error. Screenshots of the home page, a card and the player at 360 px and at desktop width go
 * to {@code target/web-screenshots/}.
 *
 * <p>Switched on by {@code LIMBER_TEST_CHROMIUM} (CI sets it to the browser's path), as formats'
 * {@code PrintedCardTest}: then a missing browser or driver fails the class. Without it the class
 * runs when {@code chromium} and {@code chromedriver} are on the PATH and is skipped, saying so,
 * when they are not.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest implements TestPropertyProvider {
    static final String SWITCH = "LIMBER_TEST_CHROMIUM";
    private static final String QUICK = "quick-leg-day-warm-up";
    private static final String QUICK_SESSION = "Leg%20day%20warm-up";
    /** The test clock runs ten times as fast (the page's {@code ?speed=}): 30 s of work last 3 s. */
    private static final int SPEED = 10;

    private static final Path SCREENSHOTS = Path.of("target", "web-screenshots");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    private ChromeDriver driver;
    private Path downloads;
    private Path profile;

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    @BeforeAll
    void openTheBrowser() throws IOException {
        Path chromium = tool(System.getenv(SWITCH), "chromium");
        Path chromedriver = tool(null, "chromedriver");
        downloads = Files.createTempDirectory("limber-web-downloads");
        profile = Files.createTempDirectory("limber-web-profile");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(Path.of("target", "chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    void closeTheBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void desktopAndNothingRemembered() {
        desktop();
        driver.get(url("/web/"));
        driver.executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    /** No test may leave an error in the browser's console: a failed request, a script error. */
    @AfterEach
    void noConsoleErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(List.of(), errors, "the browser's console");
    }

    @Test
    void homeListsTheBuiltInProgramsWithTheirSessionsHonestTotalsAndFindingsInWords() {
        driver.get(url("/"));
        assertTrue(driver.getCurrentUrl().endsWith("/web/"), "GET / leads to the page: " + driver.getCurrentUrl());
        waitForTheFindings();
        Set<String> shown = driver.findElements(By.cssSelector("li.program")).stream()
                .map(item -> item.getAttribute("data-id"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> builtIn = BuiltInCatalog.catalog().programs().stream()
                .map(program -> program.id().value())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(builtIn, shown);
        WebElement quick = program(QUICK);
        assertTrue(
                quick.findElement(By.cssSelector(".total")).getText().startsWith("5 min 30 s"),
                "the honest total: " + quick.getText());
        assertTrue(quick.findElement(By.cssSelector(".sessions")).getText().contains("Leg day warm-up · 5 min 30 s"));
        for (Program builtInProgram : BuiltInCatalog.catalog().programs()) {
            WebElement item = program(builtInProgram.id().value());
            for (var session : builtInProgram.sessions()) {
                assertTrue(item.getText().contains(session.name()), item.getText());
            }
            String verdict = item.findElement(By.cssSelector(".verdict")).getText();
            assertTrue(
                    verdict.startsWith("Follows every guideline") || verdict.startsWith("Guidelines: "),
                    "findings in words: " + verdict);
        }

        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("sitting");
        waitFor(d -> visiblePrograms().equals(List.of("desk-break")));
        search.clear();
        search.sendKeys("glute kickback");
        waitFor(d -> visiblePrograms().contains(QUICK) && !visiblePrograms().contains("desk-break"));
    }

    @Test
    void aSessionShowsItsCardAndPrintsTheCardTheServiceServes() {
        driver.get(url("/web/#/program/" + QUICK + "/" + QUICK_SESSION));
        WebElement card = waitFor(d -> d.findElement(By.cssSelector(".card-view .step")))
                .findElement(By.xpath("ancestor::section"));
        String text = card.getText();
        for (String expected : List.of(
                "Leg Swings",
                "30 s each side",
                "Stand tall beside a wall or rack, one hand on it for balance",
                "Forward and backward, then side to side",
                "Glute Kickbacks",
                "switch legs halfway",
                "Bodyweight Squats")) {
            assertTrue(text.contains(expected), "the card on screen lacks " + expected + ":\n" + text);
        }
        driver.findElement(By.id("print")).click();
        WebElement frame = waitFor(d -> d.findElement(By.cssSelector("iframe.print-frame[data-loaded]")));
        driver.switchTo().frame(frame);
        try {
            // The frame is invisible, so its text is read from the document rather than as shown.
            String printed = (String) driver.executeScript("return document.querySelector('main.card').textContent");
            String css = (String) driver.executeScript("return document.querySelector('style').textContent");
            HttpResponse<String> served = http.toBlocking()
                    .exchange(
                            HttpRequest.GET("/api/v1/programs/" + QUICK + "/card?session=" + QUICK_SESSION)
                                    .accept("text/html"),
                            String.class);
            assertTrue(served.body().contains("105mm 148mm"), "the service's card is on A6 sheets");
            assertTrue(css.contains("105mm 148mm"), "the frame prints the service's own card, A6 and all");
            assertTrue(printed.contains("Leg Swings") && printed.contains("Bodyweight Squats"), printed);
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    @Test
    void thePlayerShowsLegSwingsLeftThenTheSwitchToTheRightAfterThirtySeconds() {
        startQuickWarmUp();
        waitFor(d -> "get-ready".equals(player().getAttribute("data-kind")));
        assertEquals("Leg Swings", driver.findElement(By.id("move")).getText());
        waitFor(d -> "exercise".equals(player().getAttribute("data-kind")));
        assertEquals("Leg Swings", driver.findElement(By.id("move")).getText());
        assertEquals("left", player().getAttribute("data-side"));
        assertEquals("LEFT SIDE", driver.findElement(By.id("side")).getText().toUpperCase(java.util.Locale.ROOT));
        assertEquals(
                "Forward and backward, then side to side",
                driver.findElement(By.id("cue")).getText());
        int countdown = Integer.parseInt(driver.findElement(By.id("countdown")).getText());
        assertTrue(countdown > 0 && countdown <= 30, "a 30 s countdown: " + countdown);
        int leftStarts = Integer.parseInt(player().getAttribute("data-start"));
        assertTrue(driver.findElement(By.id("next")).getText().contains("Switch to the right side"));

        waitFor(d -> "switch-sides".equals(player().getAttribute("data-kind")));
        assertEquals(
                30,
                Integer.parseInt(player().getAttribute("data-start")) - leftStarts,
                "the switch comes after 30 s of the left leg");
        assertTrue(driver.findElement(By.id("side")).getText().contains("Right"));
        assertEquals(
                "Switch to the right side for Leg Swings",
                driver.findElement(By.id("announce")).getText(),
                "the live region announces the switch");

        waitFor(d -> "exercise".equals(player().getAttribute("data-kind"))
                && "right".equals(player().getAttribute("data-side")));
        assertEquals("Leg Swings", driver.findElement(By.id("move")).getText());

        // Paused, the arrow keys skip ahead, to the glute kickbacks' switch halfway through their minute.
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        waitFor(d -> "false".equals(player().getAttribute("data-running")));
        for (int press = 0; press < 8 && !"switch-sides".equals(player().getAttribute("data-kind")); press++) {
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertEquals("switch-sides", player().getAttribute("data-kind"));
        assertEquals("Halfway: switch to the right side for Glute Kickbacks", text("#label"));
        assertEquals("Glute Kickbacks", text("#move"));
        new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
        assertEquals("left", player().getAttribute("data-side"), "back goes to the left leg again");
    }

    @Test
    void thePlayerPlaysTheRampUpSetsOfALoadedLegDay() {
        driver.get(url("/web/?speed=" + SPEED + "#/program/leg-day-with-loads/Heavy%20legs"));
        waitFor(d -> d.findElement(By.id("start"))).click();
        waitFor(d -> d.findElements(By.id("player")).size() == 1);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        waitFor(d -> "false".equals(player().getAttribute("data-running")));
        for (int press = 0; press < 20 && !"true".equals(player().getAttribute("data-ramp-up")); press++) {
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertEquals("true", player().getAttribute("data-ramp-up"), "skipped ahead to the squat's ramp-up");
        assertEquals("exercise", player().getAttribute("data-kind"));
        assertEquals("Back Squat", text("#move"));
        assertEquals("RAMP-UP SET", text("#kind").toUpperCase(java.util.Locale.ROOT));
        assertEquals("Back Squat, ramp-up set 1 of 4: 10 reps, empty bar", text("#label"));
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals("rest", player().getAttribute("data-kind"));
        assertEquals("true", player().getAttribute("data-ramp-up"), "the rest after a ramp-up set is part of it");
        assertEquals("Rest 1 min before ramp-up set 2 of Back Squat", text("#label"));
    }

    @Test
    void pauseStopsTheCountdownAndThePositionSurvivesAReload() throws InterruptedException {
        startQuickWarmUp();
        waitFor(d -> "exercise".equals(player().getAttribute("data-kind")));
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        waitFor(d -> "false".equals(player().getAttribute("data-running")));
        assertEquals("Resume", text("#pause"));
        String elapsed = player().getAttribute("data-elapsed");
        String countdown = text("#countdown");
        Thread.sleep(800); // 8 s on the test clock
        assertEquals(elapsed, player().getAttribute("data-elapsed"), "paused, the clock stands still");
        assertEquals(countdown, text("#countdown"));

        driver.navigate().refresh();
        waitFor(d -> d.findElements(By.id("player")).size() == 1 && player().getAttribute("data-elapsed") != null);
        double before = Double.parseDouble(elapsed);
        double after = Double.parseDouble(player().getAttribute("data-elapsed"));
        assertTrue(
                Math.abs(after - before) <= 1.5, "after a reload the player is where it was: " + before + " " + after);
        assertEquals("false", player().getAttribute("data-running"), "and waits to be resumed");
        assertEquals("Leg Swings", text("#move"));

        driver.findElement(By.id("pause")).click();
        waitFor(d -> Double.parseDouble(player().getAttribute("data-elapsed")) > after + 2);
    }

    /**
     * Sound is off on a first visit and one tap turns it on, remembered across reloads; the screen
     * is kept awake while playing and let go on pause. Headless Chromium grants no real wake lock,
     * so the page gets a recording one before its scripts run.
     */
    @Test
    void soundIsOffUntilTappedAndTheScreenStaysAwakeOnlyWhilePlaying() {
        @SuppressWarnings("unchecked")
        Map<String, Object> added = driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.wakeLocks = [];"
                                + "Object.defineProperty(navigator, 'wakeLock', {configurable: true, value: {"
                                + " request(type) { const lock = new EventTarget(); lock.type = type;"
                                + " lock.released = false; lock.release = () => { lock.released = true;"
                                + " lock.dispatchEvent(new Event('release')); return Promise.resolve(); };"
                                + " window.wakeLocks.push(lock); return Promise.resolve(lock); } }});"));
        try {
            startQuickWarmUp();
            assertEquals("false", driver.findElement(By.id("beep")).getAttribute("aria-pressed"));
            assertEquals("false", driver.findElement(By.id("speak")).getAttribute("aria-pressed"));
            driver.findElement(By.id("beep")).click();
            assertEquals("true", driver.findElement(By.id("beep")).getAttribute("aria-pressed"));

            waitFor(d -> "exercise".equals(player().getAttribute("data-kind")));
            assertEquals(
                    "screen",
                    driver.executeScript("return wakeLocks.length === 1 && !wakeLocks[0].released"
                            + " ? wakeLocks[0].type : JSON.stringify(wakeLocks)"));
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            waitFor(d -> "false".equals(player().getAttribute("data-running")));
            waitFor(d -> Boolean.TRUE.equals(driver.executeScript("return wakeLocks[0].released")));

            driver.navigate().refresh();
            waitFor(d -> d.findElements(By.id("beep")).size() == 1);
            assertEquals("true", driver.findElement(By.id("beep")).getAttribute("aria-pressed"), "remembered");
            assertEquals("false", driver.findElement(By.id("speak")).getAttribute("aria-pressed"));
        } finally {
            driver.executeCdpCommand(
                    "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    /** With reduced motion asked for, the progress bar jumps instead of sliding. */
    @Test
    void reducedMotionTurnsTransitionsOff() {
        startQuickWarmUp();
        assertEquals(
                "0.1s",
                driver.executeScript(
                        "return getComputedStyle(document.querySelector('.bar-fill')).transitionDuration"));
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            assertEquals(
                    "0s",
                    driver.executeScript(
                            "return getComputedStyle(document.querySelector('.bar-fill')).transitionDuration"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void theBuilderPlansTheArticlesAreasExplainsItsChoicesAndPlaysThePlan() {
        driver.get(url("/web/?speed=" + SPEED + "#/warm-up"));
        waitFor(d -> d.findElements(By.cssSelector("input[name=area]")).isEmpty() ? null : true);
        Set<String> checked = driver.findElements(By.cssSelector("input[name=area]")).stream()
                .filter(WebElement::isSelected)
                .map(box -> box.getAttribute("value"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("glutes", "hamstrings", "hips", "lower-back")), checked);
        driver.findElement(By.id("build")).click();
        List<WebElement> steps = waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".plan-step"));
            return found.isEmpty() ? null : found;
        });
        for (WebElement step : steps) {
            assertTrue(
                    step.findElement(By.cssSelector(".reason")).getText().startsWith("Chosen for your "),
                    step.getText());
        }
        assertTrue(text("#plan h2").startsWith("Your warm-up · "), text("#plan h2"));
        String first = steps.get(0).findElement(By.tagName("strong")).getText();

        // Saving asks for the admin token and sends it; a wrong one is refused in words.
        driver.findElement(By.cssSelector("details.save summary")).click();
        driver.findElement(By.id("save-token")).sendKeys("not-the-token");
        driver.findElement(By.cssSelector("details.save button[type=submit]")).click();
        waitFor(d -> d.findElement(By.id("error")).isDisplayed());
        assertTrue(text("#error").contains("not the admin token"), text("#error"));
        // The refused request is the one console line this test expects (Chromium logs every 401).
        List<String> logged = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(
                logged.get(0).contains("/api/v1/programs/my-warm-up")
                        && logged.get(0).contains("401"),
                logged.get(0));
        driver.findElement(By.id("save-token")).sendKeys(Http.TOKEN);
        driver.findElement(By.cssSelector("details.save button[type=submit]")).click();
        waitFor(d -> text(".saved").startsWith("Saved as My warm-up"));
        assertEquals(
                200,
                http.toBlocking()
                        .exchange(HttpRequest.GET("/api/v1/programs/my-warm-up"), String.class)
                        .code());
        // Stored, then taken away again: the other tests see the built-in catalog only.
        assertEquals(
                204,
                http.toBlocking()
                        .exchange(Http.admin(HttpRequest.DELETE("/api/v1/programs/my-warm-up")))
                        .code());

        driver.findElement(By.id("start-plan")).click();
        waitFor(d -> d.findElements(By.id("player")).size() == 1);
        assertEquals(first, text("#move"), "the player starts with the plan's first move");
        waitFor(d -> "exercise".equals(player().getAttribute("data-kind")));
        assertEquals(first, text("#move"));
    }

    @Test
    void deskBreaksArePlannedAndTheirCalendarDownloads() throws IOException {
        driver.get(url("/web/#/desk-breaks"));
        // The route renders after the page's modules load: wait for it rather than race it.
        waitFor(d -> d.findElement(By.id("plan-breaks"))).click();
        List<WebElement> breaks = waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".break-list li"));
            return found.isEmpty() ? null : found;
        });
        assertEquals("09:45 to 09:46", breaks.get(0).getText());
        driver.findElement(By.id("download-ics")).click();
        Path file = downloads.resolve("limber-desk-breaks.ics");
        waitFor(d -> Files.isRegularFile(file) ? file : null);
        String calendar = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR"), calendar);
        long events =
                Pattern.compile("BEGIN:VEVENT").matcher(calendar).results().count();
        assertEquals(breaks.size(), events, "one event a break");
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidthsWithNothingWiderThanAPhone() throws IOException {
        for (boolean phone : List.of(true, false)) {
            String size = phone ? "phone" : "desktop";
            if (phone) {
                phone();
            } else {
                desktop();
            }
            driver.get(url("/web/"));
            waitForTheFindings();
            shoot("home-" + size, phone);
            driver.get(url("/web/#/program/" + QUICK + "/" + QUICK_SESSION));
            waitFor(d -> d.findElement(By.cssSelector(".card-view .step")));
            shoot("card-" + size, phone);
            startQuickWarmUp();
            waitFor(d -> "exercise".equals(player().getAttribute("data-kind")));
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            shoot("player-" + size, phone);
            // The same in dark mode.
            driver.executeCdpCommand(
                    "Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            shoot("player-" + size + "-dark", phone);
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    // ---- helpers ----

    /** Every program listed, each with its findings in words. */
    private void waitForTheFindings() {
        waitFor(d -> {
            int programs = d.findElements(By.cssSelector("li.program")).size();
            return programs > 0
                    && d.findElements(By.cssSelector("li.program .verdict")).size() == programs;
        });
    }

    private void startQuickWarmUp() {
        driver.get(url("/web/?speed=" + SPEED + "#/program/" + QUICK + "/" + QUICK_SESSION));
        waitFor(d -> d.findElement(By.id("start"))).click();
        waitFor(d -> d.findElements(By.id("player")).size() == 1);
    }

    private void shoot(String name, boolean phone) throws IOException {
        Long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        if (phone) {
            assertTrue(width <= 360, name + ": the page is " + width + " px wide on a 360 px screen");
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        assertTrue(Files.size(file) > 1000, file + " is empty");
    }

    private void phone() {
        driver.manage().window().setSize(new Dimension(360, 780));
        Long width = (Long) driver.executeScript("return window.innerWidth");
        assertEquals(360, width, "the browser's window is as wide as a small phone");
    }

    private void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private WebElement player() {
        return driver.findElement(By.id("player"));
    }

    private WebElement program(String id) {
        return driver.findElement(By.cssSelector("li.program[data-id='" + id + "']"));
    }

    private List<String> visiblePrograms() {
        return driver.findElements(By.cssSelector("li.program")).stream()
                .filter(WebElement::isDisplayed)
                .map(item -> item.getAttribute("data-id"))
                .toList();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .pollingEvery(Duration.ofMillis(50))
                .withMessage(this::whatThePageShows)
                .until(condition);
    }

    /** For a wait that timed out: the address, the page's HTML and a screenshot beside the others. */
    private String whatThePageShows() {
        try {
            Path shot = SCREENSHOTS.resolve("timed-out.png");
            Files.write(shot, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            String html = (String) driver.executeScript("return document.documentElement.outerHTML");
            Files.writeString(SCREENSHOTS.resolve("timed-out.html"), html, StandardCharsets.UTF_8);
            return "the page at " + driver.getCurrentUrl() + " did not get there; see " + shot + " and timed-out.html";
        } catch (IOException | RuntimeException failure) {
            return "the page at " + driver.getCurrentUrl() + " (no screenshot: " + failure.getMessage() + ")";
        }
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    /**
     * The program to run: the one the switch names (a path or a command), else {@code name} on the
     * PATH. Missing with the switch on fails the test; missing without it skips it.
     */
    private static Path tool(String named, String name) {
        boolean on = System.getenv(SWITCH) != null && !System.getenv(SWITCH).isBlank();
        String wanted = named == null || named.isBlank() ? name : named;
        Optional<Path> found = onPath(wanted);
        if (found.isEmpty()) {
            String how = name + " (Debian: apt-get install chromium chromium-driver)";
            if (on) {
                fail(SWITCH + " is set but " + wanted + " is not there: install " + how);
            }
            Assumptions.abort("The web page's browser tests are skipped: " + wanted + " is not on the PATH. Install "
                    + how + ", or set " + SWITCH + "=/path/to/chromium; see docs/web.md.");
        }
        return found.get();
    }

    private static Optional<Path> onPath(String command) {
        if (command.contains(File.separator)) {
            Path path = Path.of(command);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
