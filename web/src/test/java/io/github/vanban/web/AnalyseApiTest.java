package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /api/analyse}: the {@code extract --json} object of an uploaded file, and limits. */
class AnalyseApiTest {

  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
  }

  static HttpResponse<String> post(String name, byte[] body) throws Exception {
    return site.send(
        HttpRequest.newBuilder(URI.create(site.base + "/api/analyse?name=" + name))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  @Test
  void uploadIsAnalysedAsExtractJsonWouldPrintIt() throws Exception {
    Path file = Path.of("../samples/docs/cv-ubnd-2025.pdf");
    HttpResponse<String> r = post("cv-ubnd-2025.pdf", java.nio.file.Files.readAllBytes(file));
    assertEquals(200, r.statusCode(), r.body());
    String expected =
        new AnalysisJsonWriter()
            .write(
                "cv-ubnd-2025.pdf",
                DefaultPipeline.create()
                    .analyze(
                        Extractors.standard()
                            .extract(
                                file, ExtractContext.DEFAULT.withSourceName("cv-ubnd-2025.pdf"))));
    assertEquals(expected, r.body());
  }

  @Test
  void unreadableUploadGetsTheErrorObjectWith422() throws Exception {
    HttpResponse<String> r = post("empty.txt", new byte[0]);
    assertEquals(422, r.statusCode(), r.body());
    JsonNode e = new ObjectMapper().readTree(r.body());
    assertEquals("empty.txt", e.get("source").asText());
    assertTrue(e.get("error").asText().startsWith("NO_TEXT"), r.body());
  }

  @Test
  void largeUploadIsRefusedWith413() throws Exception {
    HttpResponse<String> r = post("big.txt", new byte[(1 << 20) + 1]);
    assertEquals(413, r.statusCode(), r.body());
    assertEquals(413, new ObjectMapper().readTree(r.body()).get("status").asInt());
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "report.pdf|report.pdf",
        "../../etc/passwd|passwd",
        "C:\\\\x\\\\a.doc|a.doc",
        "..|upload",
        "'  '|upload",
        "a\u202Eb\u0007.txt|ab.txt"
      },
      delimiter = '|')
  void sourceNameIsTheBareFileName(String name, String expected) {
    assertEquals(expected, AnalyseApi.sourceName(name));
  }
}
