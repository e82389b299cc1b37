package io.github.vanban.web;

import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.query.Index;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The site the web tests run against, started once per test JVM: the sample documents ({@code
 * samples/docs}) and three made-up ones (a hostile text, a decision replacing 12/NQ-HĐND and one
 * amending 4250/2003/QĐ-UB) indexed into a temporary folder, served on a free loopback port.
 * Removed when the JVM exits.
 */
final class TestSite {

  /** A document whose text tries to run script, drive a terminal and reverse the text. */
  static final String HOSTILE_SOURCE = "hostile.txt";

  static final String HOSTILE_TEXT =
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
          + "Số: 77/QĐ-UBND\n"
          + "Quảng Ninh, ngày 3 tháng 3 năm 2025\n"
          + "QUYẾT ĐỊNH\n"
          + "Về việc thử <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">\n"
          + "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 12/12/2024 của Hội đồng nhân dân tỉnh;\n"
          + "Điều 1. Chuỗi điều khiển \u0007\u001B[31mđỏ\u001B[0m và chữ đảo chiều \u202Efdp.exe\u202C"
          + " cùng \u2066cô lập\u2069 phải hiện ra nguyên vẹn.\n";

  /** A decision that replaces 12/NQ-HĐND, so that its page shows a derived status. */
  static final String REPLACING_SOURCE = "qd-88-2025-thay-the.txt";

  static final String REPLACING_TEXT =
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
          + "Số: 88/QĐ-UBND\n"
          + "Quảng Ninh, ngày 5 tháng 5 năm 2025\n"
          + "QUYẾT ĐỊNH\n"
          + "Về việc điều chỉnh kế hoạch năm 2025\n"
          + "Điều 1. Quyết định này thay thế Nghị quyết số 12/NQ-HĐND ngày 12/12/2024.\n";

  /** A decision that amends 4250/2003/QĐ-UB, so that its page shows "amended by". */
  static final String AMENDING_SOURCE = "qd-99-2025-sua-doi.txt";

  static final String AMENDING_TEXT =
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
          + "Số: 99/QĐ-UBND\n"
          + "Quảng Ninh, ngày 2 tháng 6 năm 2025\n"
          + "QUYẾT ĐỊNH\n"
          + "Về việc điều chỉnh quy định cũ\n"
          + "Điều 1. Sửa đổi, bổ sung Điều 2 Quyết định số 4250/2003/QĐ-UB ngày 25/12/2003.\n";

  private static TestSite site;

  final Path dir;
  final Index index;
  final WebServer server;
  final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestSite(Path dir, Index index, WebServer server) {
    this.dir = dir;
    this.index = index;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.address().getPort();
  }

  /** Returns the running site, starting it on first use. */
  static synchronized TestSite get() throws IOException {
    if (site == null) {
      site = start();
      Runtime.getRuntime().addShutdownHook(new Thread(site::stop));
    }
    return site;
  }

  private static TestSite start() throws IOException {
    Path dir = Files.createTempDirectory("vanban-web-test");
    Path docs = Files.createDirectories(dir.resolve("docs"));
    try (Stream<Path> samples = Files.list(Path.of("../samples/docs"))) {
      for (Path p : samples.filter(p -> !p.toString().endsWith(".json")).toList()) {
        Files.copy(p, docs.resolve(p.getFileName()));
      }
    }
    Files.writeString(docs.resolve(HOSTILE_SOURCE), HOSTILE_TEXT, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve(REPLACING_SOURCE), REPLACING_TEXT, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve(AMENDING_SOURCE), AMENDING_TEXT, StandardCharsets.UTF_8);
    IndexerConfig config =
        IndexerConfig.DEFAULT
            .withThreads(2)
            .withExtractContext(ExtractContext.DEFAULT.withOcr(OcrMode.OFF));
    new Indexer(config).index(docs, dir.resolve("index"), ProgressListener.NONE);
    Index index = Index.open(dir.resolve("index"));
    WebServer server =
        WebServer.start(
            new IndexBackend(index), ServerConfig.DEFAULT.withPort(0).withMaxUploadBytes(1 << 20));
    return new TestSite(dir, index, server);
  }

  private void stop() {
    server.close();
    try {
      index.close();
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GETs {@code path} (already encoded) and returns the answer. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
