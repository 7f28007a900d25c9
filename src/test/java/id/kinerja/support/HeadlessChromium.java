package id.kinerja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both come from the machine's own
 * packages ({@code chromium}, {@code chromium-driver}); Selenium Manager is never asked to download
 * anything. Tests that need a browser skip themselves when the packages are missing
 * ({@link #SKIP_REASON}), and CI installs them.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String SKIP_REASON =
            "Chromium or chromedriver missing: apt-get install chromium chromium-driver";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String journey;
    private int step;

    private HeadlessChromium(ChromeDriver driver, String journey) {
        this.driver = driver;
        this.journey = journey;
    }

    public static boolean available() {
        return chromiumBinary().isPresent() && driverBinary().isPresent();
    }

    /** A new browser; screenshots of this journey go to target/screenshots/&lt;journey&gt;/. */
    public static HeadlessChromium start(String journey) {
        Path chromium = chromiumBinary().orElseThrow(() -> new IllegalStateException(SKIP_REASON));
        Path chromedriver = driverBinary().orElseThrow(() -> new IllegalStateException(SKIP_REASON));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=id-ID", "--window-size=1366,900");
        // headless Chromium ignores --lang for Accept-Language and navigator.languages; the webapps read those
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id-ID,id"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver, journey);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /**
     * Logs in on the product's login page as {@code user} (password "demo"), with no cookie of an
     * earlier person left, and waits until the browser has left the login page.
     */
    public void logIn(int port, String user) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * What the page shows and which of its requests to the product's API answered how, for the
     * message of a failed wait: a timeout then says more than "element not found".
     */
    public String describePage() {
        Object requests = driver.executeScript(
                "return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.indexOf('/api/') >= 0)"
                        + ".map(e => e.name.replace(location.origin, '') + ' ' + (e.responseStatus || '?')"
                        + " + ' ' + Math.round(e.duration) + 'ms').join('\\n')");
        String body = driver.findElement(By.tagName("body")).getText();
        return "url " + driver.getCurrentUrl() + "\nAPI requests:\n" + requests
                + "\nbody text:\n" + body.substring(0, Math.min(body.length(), 1500));
    }

    /** Waits until {@code element} is visible; on a timeout the failure describes the page. */
    public org.openqa.selenium.WebElement waitForVisible(Duration timeout, By element) {
        try {
            return waitUpTo(timeout).until(ExpectedConditions.visibilityOfElementLocated(element));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("gagal-menunggu");
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + element + "\n" + describePage(), e);
        }
    }

    /** Runs the pages of this browser in the given zone (e.g. "America/New_York"), as a laptop set to it would. */
    public void inTimeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", zoneId));
    }

    /** Switches to a phone-sized window (360x740), as a citizen on a phone would see the page. */
    public void asPhone() {
        driver.manage().window().setSize(new Dimension(360, 740));
    }

    /** Saves a numbered PNG of the current page as a test artifact and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = SCREENSHOTS.resolve(journey);
            Files.createDirectories(dir);
            Path file = dir.resolve(String.format("%02d-%s.png", ++step, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<Path> chromiumBinary() {
        return firstExecutable("/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    private static Optional<Path> driverBinary() {
        return firstExecutable("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    private static Optional<Path> firstExecutable(String... candidates) {
        return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
