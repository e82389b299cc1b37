package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serve command: the API it starts answers every query the query commands answer with the JSON
 * they print; usage errors; clusters it cannot reach. The pages and the other endpoints are tested
 * in the web module.
 */
class ServeCommandTest extends IndexedCorpusFixture {

  /** A loopback port nothing listens on: every request is refused at once. */
  private static final String NOWHERE = "http://127.0.0.1:9";

  private static final Pattern SERVING = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)/ ");

  /** A folder of each test's own, beside the class's index. */
  @TempDir Path scratch;

  /** A query command's arguments and the API address asking the same. */
  record Same(List<String> command, String api) {}

  static final List<Same> QUERIES =
      List.of(
          new Same(
              List.of("search", "kinh tế di sản"), "/api/search?q=kinh+t%E1%BA%BF+di+s%E1%BA%A3n"),
          new Same(
              List.of("search", "kinh te", "--type", "bc", "--issuer", "uy ban", "-n", "2"),
              "/api/search?q=kinh+te&type=bc&issuer=uy+ban&limit=2"),
          new Same(
              List.of(
                  "search", "", "--from", "2024", "--to", "2024-12", "-n", "2", "--offset", "1"),
              "/api/search?q=&from=2024&to=2024-12&limit=2&offset=1"),
          new Same(List.of("number", "205/nq-hdnd"), "/api/number?n=205%2Fnq-hdnd"),
          new Same(
              List.of("number", "0012 / NQ – HĐND"),
              "/api/number?n=0012+%2F+NQ+%E2%80%93+H%C4%90ND"),
          new Same(List.of("metric", "fdi"), "/api/metric?indicator=fdi"),
          new Same(
              List.of("metric", "fdi", "--status", "ACTUAL", "--period", "2024", "--min", "1e9"),
              "/api/metric?indicator=fdi&status=ACTUAL&period=2024&min=1e9"),
          new Same(
              List.of("metric", "fdi", "--limit", "2", "--offset", "1"),
              "/api/metric?indicator=fdi&limit=2&offset=1"),
          new Same(List.of("stats"), "/api/stats"));

  @Test
  void theApiItServesAnswersWithTheJsonOfTheQueryCommands() throws Exception {
    Cli server = new Cli();
    Thread serving =
        new Thread(() -> server.run("serve", "--index", index, "--port", "0"), "serve-test");
    serving.start();
    try {
      String base = awaitAddress(server);
      HttpClient http = HttpClient.newHttpClient();
      for (Same q : QUERIES) {
        List<String> args = new java.util.ArrayList<>(q.command());
        args.addAll(List.of("--json", "--index", index));
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + q.api())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), q.api() + " -> " + r.body());
        assertEquals(cli.out(), r.body() + "\n", q.api());
      }
      theUploadIsAnalysedAsExtractJsonPrintsIt(http, base);
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
  }

  /** {@code POST /api/analyse} answers {@code extract --json}, the file's bare name as source. */
  private void theUploadIsAnalysedAsExtractJsonPrintsIt(HttpClient http, String base)
      throws Exception {
    Path file =
        java.nio.file.Files.writeString(
            scratch.resolve("cv-7.txt"),
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nSố: 7/UBND-KT\nCăn cứ Nghị quyết số 205/NQ-HĐND"
                + " ngày 10/7/2024, GRDP năm 2025 phấn đấu tăng 12%.\n",
            StandardCharsets.UTF_8);
    assertEquals(0, cli.run("extract", "--json", file.toString()), cli.err());
    String printed =
        cli.out().replace("{\"source\":\"" + file + "\",", "{\"source\":\"cv-7.txt\",");
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/analyse?name=cv-7.txt"))
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"205/NQ-HĐND\""), r.body());
    assertEquals(printed, r.body() + "\n");
  }

  private static String awaitAddress(Cli server) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Matcher m = SERVING.matcher(server.out());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no address: " + server.out() + server.err());
  }

  @Test
  void missingIndexIsAUsageError() {
    assertEquals(2, cli.run("serve", "--index", scratch.resolve("none").toString(), "--port", "0"));
    assertTrue(cli.err().contains("no index at"), cli.err());
  }

  @Test
  void badPortIsAUsageError() {
    assertEquals(2, cli.run("serve", "--port", "http"));
  }

  @Test
  void helpNamesTheDefaultsAndTheBackends() {
    assertEquals(0, cli.run("serve", "--help"));
    assertTrue(cli.out().contains("127.0.0.1") && cli.out().contains("8080"), cli.out());
    assertTrue(
        cli.out().contains("--solr=URL") && cli.out().contains("--opensearch=URL"), cli.out());
  }

  @Test
  void aSolrCollectionItCannotReadIsNamed() {
    assertEquals(
        1, cli.run("serve", "--solr", NOWHERE + "/solr", "--collection", "docs", "--port", "0"));
    assertTrue(
        cli.err().startsWith("vanban: cannot serve " + NOWHERE + "/solr collection docs: "),
        cli.err());
  }

  @Test
  void anOpenSearchIndexItCannotReadIsNamed() {
    assertEquals(1, cli.run("serve", "--opensearch", NOWHERE, "--port", "0"));
    assertTrue(
        cli.err().startsWith("vanban: cannot serve " + NOWHERE + " index vanban: "), cli.err());
  }
}
