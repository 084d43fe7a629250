package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real headless Chromium (Debian's chromium and chromedriver): follows the paths a reader
 * takes, checks the browser logged no error (a CSP violation or a failed fetch is one), and saves
 * screenshots to target/screenshots/. Skips when /usr/bin/chromium or /usr/bin/chromedriver is absent;
 * .ci/run installs both.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        profile = Files.createTempDirectory("ddor-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String path) {
        driver.get(WebFixture.base() + path);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Full-page screenshot at a width: the window grows to the page's height (capped). */
    private static void fullPage(String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 4000)));
        screenshot(name);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void assertNoConsoleErrors(String where) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("browser console on " + where).isEmpty();
    }

    @Test
    void homeThenTheWeeksReportThenTheNextWeek() throws IOException {
        open("/");
        assertThat(driver.getTitle()).startsWith("GENERATED SAMPLE DATA");
        assertThat(driver.findElement(By.cssSelector(".sample-banner")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("svg.sparkline"))).hasSize(2);
        fullPage("home", 1200);
        assertNoConsoleErrors("home");
        driver.findElement(By.cssSelector("a.primary-link")).click();
        assertThat(driver.getCurrentUrl()).contains("/reports/ddor/week/");
        assertThat(driver.findElement(By.id("section-4")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("aside.read-section-four")).getText()).contains("Section IV");
        assertThat(driver.findElements(By.cssSelector(".sample-banner"))).hasSize(1);
        screenshot("report-week");
        assertNoConsoleErrors("report");
        String week = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("nav.period-nav a[rel=prev]")).click();
        assertThat(driver.getCurrentUrl()).isNotEqualTo(week).contains("/reports/ddor/week/");
        assertNoConsoleErrors("previous week");
    }

    @Test
    void jurisdictionFromTheRankingOnTheHomePage() throws IOException {
        open("/");
        WebElement first = driver.findElement(By.cssSelector("table.ranking tbody th a"));
        String name = first.getText();
        first.click();
        assertThat(driver.getCurrentUrl()).matches(".*/jurisdictions/\\d{5}$");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith(name);
        screenshot("jurisdiction");
        assertNoConsoleErrors("jurisdiction profile");
    }

    @Test
    void jurisdictionFromTheMap() throws IOException {
        open("/map?from=2025-10-01&to=2025-10-31");
        assertThat(driver.findElements(By.cssSelector("svg.county-map path.county")).size()).isGreaterThan(3000);
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("no data");
        fullPage("map", 1200);
        driver.manage().window().setSize(new Dimension(1000, 1600));
        Files.write(SCREENSHOTS.resolve("map-figure.png"),
                driver.findElement(By.cssSelector("figure.map")).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertNoConsoleErrors("map");
        WebElement withData = driver.findElement(By.cssSelector("table.map-top tbody th a"));
        String fips = withData.getAttribute("href").replaceAll(".*/", "");
        WebElement county = driver.findElement(By.cssSelector("svg.county-map a[data-fips='" + fips + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", county);
        driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", county);
        assertThat(driver.getCurrentUrl()).endsWith("/jurisdictions/" + fips);
        assertNoConsoleErrors("profile from map");
    }

    @Test
    void rankingSortedByAColumnThenAJurisdiction() throws IOException {
        open("/rankings?measure=declined");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Jurisdictions ranked by declines");
        WebElement byName = driver.findElement(By.cssSelector("table.ranking-table th a.sort[data-sort='name']"));
        byName.click();
        assertThat(driver.getCurrentUrl()).contains("sort=name").contains("measure=declined");
        List<String> names = driver.findElements(By.cssSelector("table.ranking-table tbody th")).stream()
                .map(cell -> cell.getText().toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(names).hasSizeGreaterThan(1).isSorted();
        assertThat(driver.findElement(By.cssSelector("th[aria-sort='ascending']")).getText()).startsWith("Name");
        driver.findElement(By.cssSelector("table.ranking-table th a.sort[data-sort='name']")).click();
        assertThat(driver.getCurrentUrl()).contains("dir=desc");
        fullPage("rankings", 1200);
        assertNoConsoleErrors("rankings");
        WebElement first = driver.findElement(By.cssSelector("table.ranking-table tbody th a.unit"));
        String name = first.getText();
        first.click();
        assertThat(driver.getCurrentUrl()).matches(".*/jurisdictions/\\d{5}$");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith(name);
        assertThat(driver.findElements(By.cssSelector("svg.series"))).hasSize(3);
        fullPage("jurisdiction-profile", 1200);
        assertNoConsoleErrors("jurisdiction from the ranking");
    }

    @Test
    void companionReportPages() throws IOException {
        for (String page : List.of("reports/series?by=week", "reports/crimes", "reports/followup")) {
            open("/" + page);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(driver.findElements(By.cssSelector("table.companion tbody tr"))).isNotEmpty();
            fullPage(page.replaceAll("[/?=]", "-"), 1200);
            assertNoConsoleErrors(page);
        }
    }

    @Test
    void sectionOneCsvDownloadMatchesTheApi() throws Exception {
        open("/reports/ddor/week/2025-10-20");
        String href = driver.findElement(By.linkText("Section I (CSV)")).getAttribute("href");
        String csv = WebFixture.get(href.replace(WebFixture.base(), "")).body();
        JsonNode api = ApiTest.ok("/api/reports/ddor/week/2025-10-20");
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        JsonNode sectionI = api.path("sectionI");
        assertThat(sectionI.size()).isPositive();
        for (JsonNode row : sectionI) {
            assertThat(lines).as("CSV row for " + row.path("fips").asText())
                    .anySatisfy(line -> assertThat(line).contains(row.path("fips").asText())
                            .contains(row.path("issued").path("display").asText().replace(",", "")));
        }
    }

    @Test
    void pagesAtPhoneWidth() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/");
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(400);
        screenshot("home-phone");
        open("/jurisdictions?q=franklin");
        screenshot("jurisdictions-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertNoConsoleErrors("phone");
    }

    @Test
    void otherPagesRenderWithoutErrors() throws IOException {
        for (String page : List.of("published", "facilities", "data", "api", "jurisdictions", "reports/ddor")) {
            open("/" + page);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            screenshot(page.replace('/', '-'));
            assertNoConsoleErrors(page);
        }
        open("/published/ddor/2025-10-18..2025-10-24/2");
        screenshot("published-version");
        assertNoConsoleErrors("published version");
    }

    @Test
    void uploadAReleaseWatchItsImportThenFindItOnTheDataPage() throws Exception {
        try (UploadFixture server = new UploadFixture(UploadFixture.TOKEN)) {
            Path csv = server.sampleCsv("browser-sample.csv", 3_000, 31, LocalDate.of(2025, 10, 1));
            driver.get(server.base() + "/upload");
            assertNoConsoleErrors("upload form");
            driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            new Select(driver.findElement(By.id("layout"))).selectByValue("ero-lesa");
            driver.findElement(By.id("name")).sendKeys("Browser upload <October>");
            driver.findElement(By.id("generated")).click();
            driver.findElement(By.id("token")).sendKeys(UploadFixture.TOKEN);
            screenshot("upload-form");
            driver.findElement(By.cssSelector("form.upload-form button[type=submit]")).click();
            assertThat(driver.getCurrentUrl()).matches(".*/imports/\\d+$");
            new WebDriverWait(driver, Duration.ofSeconds(90)).until(browser ->
                    browser.findElement(By.cssSelector(".import-state strong")).getText().matches("done|failed"));
            assertThat(driver.findElement(By.cssSelector(".import-state strong")).getText()).isEqualTo("done");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Imported as release")
                    .contains("Browser upload <October>");
            screenshot("upload-done");
            assertNoConsoleErrors("import job page");
            driver.findElement(By.linkText("The Data page")).click();
            assertThat(driver.findElement(By.cssSelector("table.releases")).getText()).contains("Browser upload <October>");
            assertThat(driver.findElement(By.cssSelector("table.rejects")).getText()).contains("Browser upload <October>");
            assertNoConsoleErrors("data page after upload");
        }
    }
}
