package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.SearchQuery;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven by Selenium through {@code
 * /usr/bin/chromedriver} (nothing is downloaded). Search, click a facet, open a document, follow a
 * citation, see a hostile document stay inert, render the metric chart with its series, download
 * the table as CSV, analyse a dropped file. Fails, never skips, when Chromium is not installed.
 * Screenshots of the three pages go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path downloads;

  static TestSite site;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
      fail(
          "the browser tests need Chromium and its driver at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install chromium chromium-driver (.ci/run does)");
    }
    site = TestSite.get();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  static void open(String path, String page) {
    driver.get(site.base + path);
    awaitReady(page);
  }

  static void awaitReady(String page) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> page.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    assertNoConsoleErrors();
  }

  /** Fails on any error the page logged: a script error, a blocked request, a policy violation. */
  static void assertNoConsoleErrors() {
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertEquals(List.of(), errors);
  }

  static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  static void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @Order(1)
  void searchFacetDocumentAndCitation() throws IOException {
    open("/index.html?q=kinh+te", "search");
    assertTrue(driver.findElements(By.cssSelector("li.hit")).size() > 1);
    assertFalse(driver.findElements(By.cssSelector("li.hit .snippet mark")).isEmpty());
    screenshot("search");
    open("/index.html", "search");
    long total = site.index.search(SearchQuery.of("")).total();
    assertTrue(total > 10, "the samples fill two pages: " + total);
    driver.findElement(By.id("next")).click();
    awaitReady("search");
    assertTrue(driver.getCurrentUrl().endsWith("index.html?offset=10"), driver.getCurrentUrl());
    assertEquals("11", driver.findElement(By.id("results")).getAttribute("start"));
    assertEquals(total - 10, driver.findElements(By.cssSelector("li.hit")).size());
    driver.findElement(By.id("q")).sendKeys("kinh te\n");
    awaitReady("search");
    assertTrue(driver.getCurrentUrl().endsWith("index.html?q=kinh+te"), driver.getCurrentUrl());
    driver.findElement(By.cssSelector("a.facet[data-dim='type'][data-value='NQ']")).click();
    awaitReady("search");
    assertTrue(driver.getCurrentUrl().contains("type=NQ"), driver.getCurrentUrl());
    List<WebElement> hits = driver.findElements(By.cssSelector("li.hit .meta"));
    assertFalse(hits.isEmpty());
    for (WebElement meta : hits) {
      assertTrue(meta.getText().contains(" · NQ · "), meta.getText());
    }
    assertEquals("NQ", driver.findElement(By.cssSelector("a.facet.on")).getAttribute("data-value"));

    driver
        .findElement(
            By.cssSelector("a.hit-title[href='document.html?id=nq-12-2024-hdnd-tinh.pdf']"))
        .click();
    awaitReady("document");
    assertTrue(driver.findElement(By.id("header")).getText().contains("12/NQ-HĐND"));
    String status = driver.findElement(By.id("status")).getText();
    assertTrue(status.contains("Bị thay thế bởi 88/QĐ-UBND ngày 2025-05-05"), status);
    assertFalse(driver.findElements(By.cssSelector("#text .f-metric.st-TARGET[title]")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("#text .f-date")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("#text .f-fig")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("#graph canvas")).isEmpty());
    assertEquals(
        site.index.number("12/NQ-HĐND").citedBy().size(),
        driver.findElements(By.cssSelector("#citedby li.citing")).size());
    screenshot("document");

    driver.findElement(By.xpath("//ul[@id='cites']//a[text()='402/BC-UBND']")).click();
    awaitReady("document");
    assertTrue(driver.getCurrentUrl().endsWith("id=bc-ubnd-kinhte-2024.docx"));
    assertTrue(driver.findElement(By.id("header")).getText().contains("402/BC-UBND"));
  }

  @Test
  @Order(2)
  void replacingDocumentSaysWhatItReplaces() {
    open("/document.html?id=" + TestSite.REPLACING_SOURCE, "document");
    String status = driver.findElement(By.id("status")).getText();
    assertTrue(status.contains("Văn bản này thay thế 12/NQ-HĐND ngày 2024-12-12"), status);
    driver.findElement(By.cssSelector("#status .status-out a")).click();
    awaitReady("document");
    assertTrue(driver.findElement(By.id("header")).getText().contains("12/NQ-HĐND"));
  }

  @Test
  @Order(2)
  void hostileDocumentStaysText() {
    open("/document.html?id=" + TestSite.HOSTILE_SOURCE, "document");
    assertNull(js("return window.pwned"));
    assertTrue(
        driver.findElements(By.cssSelector("#text script, #text img, #title img")).isEmpty());
    String text = driver.findElement(By.id("text")).getText();
    assertTrue(text.contains("<script>window.pwned=1</script>"), text);
    assertTrue(text.contains("\u2039U+202E\u203Afdp.exe\u2039U+202C\u203A"), text);
    assertFalse(text.contains("\u202E"), text);
    assertTrue(driver.findElement(By.id("title")).getText().contains("<script>"));
  }

  @Test
  @Order(3)
  void metricChartHasItsSeriesAndTheCsvIsTheTable() throws Exception {
    open("/metric.html?indicator=grdp_growth", "metric");
    @SuppressWarnings("unchecked")
    List<String> series =
        (List<String>)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart'))"
                    + ".getOption().series.map(s => s.name)");
    assertTrue(series.contains("Ủy ban nhân dân tỉnh Quảng Ninh · kế hoạch"), series.toString());
    assertTrue(
        series.contains("Ủy ban nhân dân tỉnh Quảng Ninh · ước thực hiện"), series.toString());
    assertTrue(
        series.contains("Hội đồng nhân dân tỉnh Quảng Ninh · ước thực hiện"), series.toString());
    Object periods =
        js(
            "return echarts.getInstanceByDom(document.getElementById('chart'))"
                + ".getOption().xAxis[0].data");
    assertEquals(List.of("2004", "2024", "2024-Q4", "2025-H1", "2025"), periods);
    WebElement chart = driver.findElement(By.cssSelector("#chart canvas"));
    new Actions(driver).moveToElement(chart, -chart.getSize().width / 2 + 180, 0).perform();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#chart .tip strong")).isEmpty());
    assertTrue(driver.findElement(By.cssSelector("#chart .tip")).getText().contains("kế hoạch"));
    screenshot("metric");

    @SuppressWarnings("unchecked")
    List<List<String>> cells =
        (List<List<String>>)
            js(
                "return [...document.querySelectorAll('#rows tr')]"
                    + ".map(tr => [...tr.cells].map(td => td.textContent))");
    long total = site.index.metrics(MetricQuery.of("grdp_growth")).total();
    assertEquals(1 + total, cells.size());
    driver.findElement(By.id("csv")).click();
    Path csv = downloads.resolve("vanban-grdp_growth.csv");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.exists(csv));
    String expected =
        cells.stream()
                .map(
                    row ->
                        row.stream()
                            .map(PagesBrowserTest::csvField)
                            .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"))
            + "\r\n";
    assertEquals("\uFEFF" + expected, Files.readString(csv, StandardCharsets.UTF_8));
  }

  private static String csvField(String s) {
    return s.matches("(?s).*[\",\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  @Test
  @Order(4)
  void metricFiltersByIssuerAndStatus() {
    open(
        "/metric.html?indicator=grdp_growth&issuer=H%E1%BB%99i+%C4%91%E1%BB%93ng&status=ESTIMATE",
        "metric");
    @SuppressWarnings("unchecked")
    List<String> series =
        (List<String>)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart'))"
                    + ".getOption().series.map(s => s.name)");
    assertEquals(List.of("Hội đồng nhân dân tỉnh Quảng Ninh · ước thực hiện"), series);
    assertEquals("ESTIMATE", driver.findElement(By.id("status")).getAttribute("value"));
  }

  @Test
  @Order(5)
  void droppedFileIsAnalysedWithoutIndexing() throws IOException {
    open("/index.html", "search");
    File file = Path.of("../samples/docs/cv-ubnd-2025.pdf").toAbsolutePath().normalize().toFile();
    driver.findElement(By.id("file")).sendKeys(file.getPath());
    awaitReady("analysis");
    String analysis = driver.findElement(By.id("analysis")).getText();
    assertTrue(analysis.contains("1234/UBND-KT"), analysis);
    assertFalse(driver.findElements(By.cssSelector("#analysis .f-metric")).isEmpty());
    try (Stream<Path> left = Files.list(downloads)) {
      List<Path> files = new ArrayList<>(left.toList());
      assertTrue(files.size() <= 1, files.toString());
    }
  }
}
