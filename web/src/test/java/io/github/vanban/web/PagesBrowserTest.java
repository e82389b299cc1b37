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
 * Screenshots of the three pages go to {@code target/screenshots}; {@code docs/images/web-*.png}
 * (shown in the README) are copies of them, to copy again when a page changes.
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

  /** Clicks the facet {@code value} of the dimension {@code dim} and waits for the new results. */
  static void clickFacet(String dim, String value) {
    driver
        .findElement(By.cssSelector("a.facet[data-dim='" + dim + "'][data-value='" + value + "']"))
        .click();
    awaitReady("search");
  }

  /** Returns the elements {@code css} selects on the page, failing when there is none. */
  static List<WebElement> some(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    assertFalse(found.isEmpty(), css);
    return found;
  }

  /** Returns the names of the metric chart's series, as ECharts holds them. */
  @SuppressWarnings("unchecked")
  static List<String> chartSeries() {
    return (List<String>)
        js(
            "return echarts.getInstanceByDom(document.getElementById('chart'))"
                + ".getOption().series.map(s => s.name)");
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
    assertEquals("kinh te", driver.findElement(By.id("q")).getAttribute("value"));
    clickFacet("type", "NQ");
    assertTrue(driver.getCurrentUrl().contains("type=NQ"), driver.getCurrentUrl());
    for (WebElement meta : some("li.hit .meta")) {
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
    findingsAreHighlightedWithTheirValues();
    assertFalse(driver.findElements(By.cssSelector("#graph canvas")).isEmpty());
    int citedBy = site.index.number("12/NQ-HĐND").citedBy().size();
    assertEquals(citedBy, driver.findElements(By.cssSelector("#citedby li.citing")).size());
    assertTrue(
        driver.findElement(By.id("citedby")).getText().contains("thay thế 88/QĐ-UBND"),
        driver.findElement(By.id("citedby")).getText());
    int cites = driver.findElements(By.cssSelector("#cites li.cite")).size();
    assertEquals(
        List.of(1L + cites + citedBy, (long) cites + citedBy),
        js(
            "const cy = document.getElementById('graph')._cyreg.cy;"
                + " return [cy.nodes().length, cy.edges().length];"));
    assertEquals(
        "thay thế",
        js(
            "const cy = document.getElementById('graph')._cyreg.cy; return cy.edges()"
                + ".filter(e => e.source().data('label') === '88/QĐ-UBND')[0].data('label');"));
    screenshot("document");

    driver.findElement(By.xpath("//ul[@id='cites']//a[text()='402/BC-UBND']")).click();
    awaitReady("document");
    assertTrue(driver.getCurrentUrl().endsWith("id=bc-ubnd-kinhte-2024.docx"));
    assertTrue(driver.findElement(By.id("header")).getText().contains("402/BC-UBND"));
  }

  /**
   * On the page of 12/NQ-HĐND: a cited number the index holds links to its document in the text,
   * one it lacks does not; dates, figures and metrics carry their normalised values as tooltips,
   * and metrics are coloured by status.
   */
  private static void findingsAreHighlightedWithTheirValues() {
    WebElement held =
        driver.findElement(
            By.xpath("//div[@id='text']//a[contains(@class,'f-ref')][.='402/BC-UBND']"));
    assertEquals(
        site.base + "/document.html?id=bc-ubnd-kinhte-2024.docx", held.getAttribute("href"));
    WebElement lacking =
        driver.findElement(
            By.xpath(
                "//div[@id='text']//span[contains(@class,'f-ref')][contains(.,'205/NQ-HĐND')]"));
    assertTrue(
        lacking.getAttribute("title").endsWith("chưa có trong chỉ mục"),
        lacking.getAttribute("title"));
    List<String> dates = titles("#text .f-date");
    assertTrue(dates.contains("Ngày: 2024-07-10 (DAY)"), dates.toString());
    List<String> figures = titles("#text .f-fig");
    assertFalse(figures.isEmpty());
    for (String f : figures) {
      assertTrue(f.matches("Số liệu: [0-9.,]+.*"), f);
    }
    List<String> targets = titles("#text .f-metric.st-TARGET");
    assertFalse(targets.isEmpty());
    for (String t : targets) {
      assertTrue(t.matches("Chỉ tiêu: .+ · kế hoạch · kỳ [0-9Q/H-]+ · [0-9.,]+ .*"), t);
    }
    WebElement target = driver.findElement(By.cssSelector("#text .f-metric.st-TARGET"));
    assertEquals("rgba(255, 241, 194, 1)", target.getCssValue("background-color"));
  }

  private static List<String> titles(String css) {
    return driver.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute("title"))
        .toList();
  }

  @Test
  @Order(2)
  void yearFormatAndIssuerFacetsFilterAndStayInTheAddress() {
    open("/index.html?q=kinh+te", "search");
    clickFacet("year", "2024");
    assertTrue(
        driver.getCurrentUrl().endsWith("index.html?q=kinh+te&year=2024"), driver.getCurrentUrl());
    List<WebElement> years = driver.findElements(By.cssSelector("a.facet[data-dim='year']"));
    assertEquals(List.of("2024"), years.stream().map(e -> e.getAttribute("data-value")).toList());
    clickFacet("format", "pdf");
    assertTrue(driver.getCurrentUrl().endsWith("year=2024&format=pdf"), driver.getCurrentUrl());
    for (WebElement h : some("a.hit-title")) {
      assertTrue(h.getAttribute("href").endsWith(".pdf"), h.getAttribute("href"));
    }
    driver.findElement(By.cssSelector("#filters a.chip[data-dim='year']")).click();
    awaitReady("search");
    assertTrue(
        driver.getCurrentUrl().endsWith("index.html?q=kinh+te&format=pdf"), driver.getCurrentUrl());
    WebElement issuer =
        driver.findElement(
            By.cssSelector(
                "a.facet[data-dim='issuer'][data-value='Hội đồng nhân dân tỉnh Quảng Ninh']"));
    String count = issuer.findElement(By.className("count")).getText();
    issuer.click();
    awaitReady("search");
    assertTrue(driver.getCurrentUrl().contains("issuer=H%E1%BB%99i"), driver.getCurrentUrl());
    assertEquals(count + " văn bản", driver.findElement(By.id("summary")).getText());
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
  void amendedDocumentSaysByWhat() {
    open("/document.html?id=qd-ub-quangninh-2003.tcvn3.doc", "document");
    String status = driver.findElement(By.id("status")).getText();
    assertTrue(status.contains("Được sửa đổi, bổ sung bởi 99/QĐ-UBND ngày 2025-06-02"), status);
    driver.findElement(By.cssSelector("#status .status-AMENDS a")).click();
    awaitReady("document");
    assertTrue(driver.getCurrentUrl().endsWith("id=" + TestSite.AMENDING_SOURCE));
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
    assertTrue(driver.findElement(By.id("header")).getText().contains("<script>"));

    open("/index.html?q=onerror+script", "search");
    assertNull(js("return window.pwned"));
    assertTrue(driver.findElements(By.cssSelector("#results script, #results img")).isEmpty());
    List<WebElement> titles = driver.findElements(By.cssSelector("a.hit-title"));
    assertEquals(1, titles.size());
    assertTrue(titles.get(0).getText().contains("<script>window.pwned=1</script>"));
    String snippet = driver.findElement(By.cssSelector("li.hit .snippet")).getText();
    assertTrue(snippet.contains("onerror"), snippet);
  }

  @Test
  @Order(3)
  void metricChartHasItsSeriesAndTheCsvIsTheTable() throws Exception {
    open("/metric.html?indicator=grdp_growth", "metric");
    assertTrue(
        js("const s = document.getElementById('indicator'); return s.options[s.selectedIndex].text")
            .toString()
            .startsWith("Tốc độ tăng trưởng GRDP"));
    List<String> series = chartSeries();
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
    List<WebElement> links = driver.findElements(By.cssSelector("#rows tbody td:nth-child(6) a"));
    assertEquals(total, links.size());
    for (WebElement a : links) {
      assertTrue(a.getAttribute("href").contains("/document.html?id="), a.getAttribute("href"));
    }
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
    List<String> series = chartSeries();
    assertEquals(List.of("Hội đồng nhân dân tỉnh Quảng Ninh · ước thực hiện"), series);
    assertEquals("ESTIMATE", driver.findElement(By.id("status")).getAttribute("value"));
  }

  @Test
  @Order(4)
  void metricFiltersByPeriod() throws IOException {
    open("/metric.html?indicator=grdp_growth&period=2025", "metric");
    Object periods =
        js(
            "return echarts.getInstanceByDom(document.getElementById('chart'))"
                + ".getOption().xAxis[0].data");
    List<String> expected =
        site
            .index
            .metrics(
                MetricQuery.of("grdp_growth")
                    .withPeriod(io.github.vanban.core.model.DateValue.parse("2025"))
                    .withAllFrom(0))
            .rows()
            .stream()
            .map(r -> r.period())
            .distinct()
            .toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, periods);
    assertEquals("2025", driver.findElement(By.id("period")).getAttribute("value"));
  }

  @Test
  @Order(5)
  void fileDroppedOnThePageIsAnalysed() {
    open("/index.html", "search");
    js(
        "const dt = new DataTransfer();"
            + " dt.items.add(new File(['Số: 7/QĐ-UBND\\nCăn cứ Nghị quyết số 12/NQ-HĐND ngày"
            + " 12/12/2024.\\n'], 'tha.txt', {type: 'text/plain'}));"
            + " document.getElementById('drop').dispatchEvent(new DragEvent('drop',"
            + " {dataTransfer: dt, bubbles: true, cancelable: true}));");
    awaitReady("analysis");
    String analysis = driver.findElement(By.id("analysis")).getText();
    assertTrue(analysis.contains("7/QĐ-UBND"), analysis);
    assertEquals(
        "12/NQ-HĐND", driver.findElement(By.cssSelector("#analysis .doctext .f-ref")).getText());
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
