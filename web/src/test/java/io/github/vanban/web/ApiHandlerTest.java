package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricRow;
import io.github.vanban.search.query.QueryJsonWriter;
import io.github.vanban.search.query.SearchQuery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end over HTTP: every query endpoint answers with the JSON the command line prints for the
 * same query, the document endpoint carries findings and relations both ways (hostile text
 * included, unchanged), and bad requests get a JSON error with their status.
 */
class ApiHandlerTest {

  static TestSite site;
  static final ObjectMapper JSON = new ObjectMapper();
  static final QueryJsonWriter WRITER = new QueryJsonWriter();

  @BeforeAll
  static void start() throws IOException {
    site = TestSite.get();
  }

  static HttpResponse<String> ok(String path) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").get());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").get());
    return r;
  }

  @Test
  void searchIsTheJsonOfTheCommandLine() throws Exception {
    assertEquals(
        WRITER.write(site.index.search(SearchQuery.of("kinh te di san"))),
        ok("/api/search?q=kinh+te+di+san").body());
    assertEquals(
        WRITER.write(
            site.index.search(
                new SearchQuery(
                    "kinh tế",
                    "NQ",
                    "Quảng Ninh",
                    java.time.LocalDate.of(2024, 1, 1),
                    java.time.LocalDate.of(2024, 12, 31),
                    5,
                    0))),
        ok("/api/search?q=kinh%20t%E1%BA%BF&type=NQ&issuer=Qu%E1%BA%A3ng+Ninh&from=2024&to=2024&limit=5")
            .body());
  }

  @Test
  void searchPagesAndFiltersByFormat() throws Exception {
    JsonNode four = JSON.readTree(ok("/api/search?q=kinh+te&limit=4").body());
    JsonNode page = JSON.readTree(ok("/api/search?q=kinh+te&limit=2&offset=2").body());
    assertEquals(four.get("total"), page.get("total"));
    assertEquals(four.get("hits").get(2), page.get("hits").get(0));
    assertEquals(four.get("hits").get(3), page.get("hits").get(1));
    JsonNode pdf = JSON.readTree(ok("/api/search?q=kinh+te&format=pdf&limit=50").body());
    assertEquals(List.of("pdf"), names(pdf.get("facets").get("format")));
    assertTrue(
        pdf.get("total").asInt() > 0 && pdf.get("total").asInt() < four.get("total").asInt());
  }

  @Test
  void searchFiltersByYearAsTheFacetCountsIt() throws Exception {
    JsonNode all = JSON.readTree(ok("/api/search?q=kinh+te&limit=50").body());
    int in2024 = all.get("facets").get("year").get("2024").asInt();
    JsonNode year = JSON.readTree(ok("/api/search?q=kinh+te&year=2024&limit=50").body());
    assertEquals(in2024, year.get("total").asInt());
    assertEquals(List.of("2024"), names(year.get("facets").get("year")));
    assertTrue(in2024 < all.get("total").asInt());
  }

  @Test
  void numberIsTheJsonOfTheCommandLine() throws Exception {
    assertEquals(
        WRITER.write(site.index.number("12/nq-hdnd")), ok("/api/number?n=12%2Fnq-hdnd").body());
  }

  @Test
  void metricIsTheJsonOfTheCommandLine() throws Exception {
    MetricQuery all = MetricQuery.of("grdp_growth");
    assertEquals(
        WRITER.write(site.index.metrics(all.withAllFrom(0))),
        ok("/api/metric?indicator=grdp_growth").body());
    assertEquals(
        WRITER.write(
            site.index.metrics(
                all.withStatus(MetricStatus.TARGET).withValues(10.0, null).withPage(1, 2))),
        ok("/api/metric?indicator=grdp_growth&status=target&min=10&limit=2&offset=1").body());
  }

  @Test
  void metricKeepsTheMentionsOfAnIssuer() throws Exception {
    JsonNode r = JSON.readTree(ok("/api/metric?indicator=grdp_growth&issuer=hoi+dong").body());
    List<MetricRow> every = site.index.metrics(MetricQuery.of("grdp_growth").withAllFrom(0)).rows();
    long expected =
        every.stream().filter(m -> m.source().startsWith("nq-12-2024-hdnd-tinh")).count();
    assertEquals(expected, r.get("total").asLong());
    for (JsonNode row : r.get("rows")) {
      assertTrue(row.get("source").asText().startsWith("nq-12-2024-hdnd-tinh"), row.toString());
    }
  }

  @Test
  void metricSeriesHasOneSeriesPerIssuerAndStatus() throws Exception {
    JsonNode s = JSON.readTree(ok("/api/metric/series?indicator=grdp_growth").body());
    assertEquals("%", s.get("unit").asText());
    assertEquals("Tốc độ tăng trưởng GRDP", s.get("label").asText());
    List<String> keys = new ArrayList<>();
    for (JsonNode x : s.get("series")) {
      keys.add(x.get("issuer").asText() + " " + x.get("status").asText());
    }
    assertTrue(keys.contains("Ủy ban nhân dân tỉnh Quảng Ninh TARGET"), keys.toString());
    assertTrue(keys.contains("Hội đồng nhân dân tỉnh Quảng Ninh ESTIMATE"), keys.toString());
    assertEquals(keys.size(), keys.stream().distinct().count());
    assertEquals("2004", s.get("periods").get(0).asText());
    assertEquals(
        "Hội đồng nhân dân tỉnh Quảng Ninh",
        s.get("issuers").get("nq-12-2024-hdnd-tinh.pdf").asText());
  }

  @Test
  void statsAndIndicators() throws Exception {
    assertEquals(WRITER.write(site.index.stats()), ok("/api/stats").body());
    JsonNode list = JSON.readTree(ok("/api/indicators").body()).get("indicators");
    JsonNode first = list.get(0);
    assertEquals(
        site.index.stats().byIndicator().values().iterator().next(), first.get("mentions").asInt());
    boolean found = false;
    for (JsonNode i : list) {
      if (i.get("id").asText().equals("grdp_growth")) {
        assertEquals("Tốc độ tăng trưởng GRDP", i.get("label").asText());
        found = true;
      }
    }
    assertTrue(found);
  }

  @Test
  void documentHasFindingsWithSpansAndRelationsBothWays() throws Exception {
    JsonNode d = JSON.readTree(ok("/api/documents/nq-12-2024-hdnd-tinh.pdf").body());
    JsonNode a = d.get("analysis");
    String text = a.get("text").asText();
    assertEquals(site.index.document("nq-12-2024-hdnd-tinh.pdf").get().text(), text);
    assertEquals("12/NQ-HĐND", a.get("header").get("number").asText());
    for (String layer : List.of("references", "dates", "figures", "metrics")) {
      assertTrue(a.get(layer).size() > 0, layer);
      for (JsonNode m : a.get(layer)) {
        assertEquals(
            m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
      }
    }
    assertEquals("bc-ubnd-kinhte-2024.docx", d.get("cites").get("402/BC-UBND").get(0).asText());
    assertEquals(0, d.get("cites").get("205/NQ-HĐND").size());
    JsonNode status = d.get("status").get(0);
    assertEquals("REPLACES", status.get("relation").asText());
    assertEquals(TestSite.REPLACING_SOURCE, status.get("source").asText());
    assertEquals("88/QĐ-UBND", status.get("number").asText());
    assertEquals("2025-05-05", status.get("issued").asText());
    assertEquals(WRITER.write(site.index.number("12/NQ-HĐND")), d.get("citedBy").toString());
  }

  @Test
  void documentSaysWhatAmendsIt() throws Exception {
    JsonNode d = JSON.readTree(ok("/api/documents/qd-ub-quangninh-2003.tcvn3.doc").body());
    assertEquals(1, d.get("status").size(), d.get("status").toString());
    JsonNode status = d.get("status").get(0);
    assertEquals("AMENDS", status.get("relation").asText());
    assertEquals(TestSite.AMENDING_SOURCE, status.get("source").asText());
    assertEquals("99/QĐ-UBND", status.get("number").asText());
    assertEquals("2025-06-02", status.get("issued").asText());
  }

  @Test
  void hostileTextComesBackUnchangedAsJsonData() throws Exception {
    HttpResponse<String> r = ok("/api/documents/" + TestSite.HOSTILE_SOURCE);
    JsonNode a = JSON.readTree(r.body()).get("analysis");
    String text = a.get("text").asText();
    assertTrue(text.contains("<script>window.pwned=1</script>"), text);
    // Extraction drops C0 controls (the bell and escape); bidi controls stay as the file has them.
    assertTrue(text.contains("[31mđỏ[0m"), text);
    assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), text);
    assertTrue(text.contains("\u202Efdp.exe\u202C"), text);
    assertTrue(
        r.headers().firstValue("Content-Security-Policy").get().contains("script-src 'self'"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q=%28du+lich|400",
        "/api/search?q=foo:bar|400",
        "/api/search?q=a&limit=0|400",
        "/api/search?q=a&limit=abc|400",
        "/api/search?q=a&from=yesterday|400",
        "/api/search?q=a&from=2025&to=2024|400",
        "/api/search?q=a&format=pdf%29+OR+%28x|400",
        "/api/search?q=a&year=20xx|400",
        "/api/number|400",
        "/api/number?n=NQ-H%C4%90ND|400",
        "/api/metric|400",
        "/api/metric?indicator=fdi&status=DONE|400",
        "/api/metric?indicator=fdi&min=5&max=1|400",
        "/api/metric?indicator=fdi&min=NaN|400",
        "/api/metric?indicator=fdi&period=soon|400",
        "/api/metric?indicator=fdi&offset=-1|400",
        "/api/documents/no-such-file.pdf|404",
        "/api/documents/..%2F..%2F..%2Fetc%2Fpasswd|404",
        "/api/documents/../../etc/passwd|404",
        "/api/documents/%00|400",
        "/api/documents/|404",
        "/api/nothing|404",
        "/api/analyse|405",
        "/etc/passwd|404",
        "/vendor/../../../etc/passwd|404",
        "/index.html/..%2F..%2Fpom.xml|404"
      })
  void badRequestsGetAJsonErrorWithTheirStatus(String path, int status) throws Exception {
    HttpResponse<String> r =
        site.send(HttpRequest.newBuilder(URI.create(site.base + path)).GET().build());
    assertEquals(status, r.statusCode(), r.body());
    JsonNode e = JSON.readTree(r.body());
    assertEquals(status, e.get("status").asInt());
    assertFalse(e.get("error").asText().isBlank());
  }

  @ParameterizedTest
  @CsvSource({
    "POST,/api/search?q=a",
    "DELETE,/api/stats",
    "PUT,/api/documents/hostile.txt",
    "POST,/"
  })
  void onlyAnalyseWrites(String method, String path) throws Exception {
    HttpResponse<String> r =
        site.send(
            HttpRequest.newBuilder(URI.create(site.base + path))
                .method(method, HttpRequest.BodyPublishers.ofString("x"))
                .build());
    assertEquals(405, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Allow").isPresent());
  }

  @Test
  void longAddressesAndManyParametersAreRefused() throws Exception {
    assertEquals(414, site.get("/api/search?q=" + "a".repeat(ApiHandler.MAX_URI)).statusCode());
    StringBuilder many = new StringBuilder("/api/search?q=a");
    for (int i = 0; i < Params.MAX_PARAMS; i++) {
      many.append("&p").append(i).append("=1");
    }
    assertEquals(400, site.get(many.toString()).statusCode());
  }

  @Test
  void pagesComeFromTheJarWithTheirHeaders() throws Exception {
    for (String path : List.of("/", "/document.html", "/metric.html", "/vendor/echarts.min.js")) {
      HttpResponse<String> r = site.get(path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(
          r.headers().firstValue("Content-Security-Policy").get().startsWith("default-src 'none'"));
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").get());
    }
    for (String own :
        List.of(
            "/",
            "/document.html",
            "/metric.html",
            "/common.js",
            "/search.js",
            "/document.js",
            "/metric.js",
            "/app.css")) {
      String body = site.get(own).body().toLowerCase(Locale.ROOT);
      assertFalse(
          body.contains("http://") || body.contains("https://") || body.contains("//cdn"), own);
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
