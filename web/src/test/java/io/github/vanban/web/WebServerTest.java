package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.search.IndexQueries;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.IndexedDocument;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over a backend that is not a Lucene index: what another backend (OpenSearch, Solr)
 * would plug in. Also: loopback by default, a taken port fails, an unreadable backend is a 500.
 */
class WebServerTest {

  /** A backend with one empty answer per query, or failing reads. */
  record StubBackend(boolean broken) implements IndexQueries {

    private void check() throws IOException {
      if (broken) {
        throw new IOException("disk gone");
      }
    }

    @Override
    public SearchResult search(SearchQuery query) throws IOException {
      check();
      return new SearchResult(query.text(), 0, List.of(), Map.of());
    }

    @Override
    public NumberResult number(String number) throws IOException {
      check();
      return new NumberResult(number, null, List.of(), List.of());
    }

    @Override
    public MetricResult metrics(MetricQuery query) throws IOException {
      check();
      return new MetricResult(query.indicator(), 0, 0, List.of());
    }

    @Override
    public IndexStats stats() throws IOException {
      check();
      return new IndexStats(0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    @Override
    public Optional<IndexedDocument> document(String source) throws IOException {
      check();
      return Optional.empty();
    }

    @Override
    public Optional<DocumentSummary> summary(String source) throws IOException {
      check();
      return Optional.empty();
    }
  }

  static HttpResponse<String> get(WebServer server, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anyBackendServesTheApiOnLoopback() throws Exception {
    try (WebServer server =
        WebServer.start(
            new StubBackend(false), ServerConfig.DEFAULT.withPort(0), DefaultPipeline.create())) {
      assertTrue(server.address().getAddress().isLoopbackAddress());
      HttpResponse<String> r = get(server, "/api/search?q=x");
      assertEquals(200, r.statusCode());
      assertEquals("{\"query\":\"x\",\"total\":0,\"hits\":[],\"facets\":{}}", r.body());
      assertEquals(404, get(server, "/api/documents/a.pdf").statusCode());
      assertEquals(200, get(server, "/metric.html").statusCode());
    }
  }

  @Test
  void unreadableBackendIsA500WithoutStackTrace() throws Exception {
    try (WebServer server =
        WebServer.start(
            new StubBackend(true), ServerConfig.DEFAULT.withPort(0), DefaultPipeline.create())) {
      HttpResponse<String> r = get(server, "/api/stats");
      assertEquals(500, r.statusCode());
      assertEquals("{\"status\":500,\"error\":\"cannot answer: disk gone\"}", r.body());
    }
  }

  @Test
  void indexingWhileServingShowsInTheNextAnswer(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), TestSite.REPLACING_TEXT);
    Indexer indexer = new Indexer(IndexerConfig.DEFAULT.withThreads(1));
    indexer.index(docs, dir.resolve("index"), ProgressListener.NONE);
    try (Index index = Index.open(dir.resolve("index"));
        WebServer server =
            WebServer.start(
                new IndexBackend(index),
                ServerConfig.DEFAULT.withPort(0),
                DefaultPipeline.create())) {
      assertTrue(get(server, "/api/stats").body().startsWith("{\"documents\":1,"));
      Files.writeString(docs.resolve("b.txt"), TestSite.HOSTILE_TEXT);
      indexer.index(docs, dir.resolve("index"), ProgressListener.NONE);
      assertTrue(get(server, "/api/stats").body().startsWith("{\"documents\":2,"));
      assertEquals(200, get(server, "/api/documents/b.txt").statusCode());
    }
  }

  @Test
  void anAnswerOverTheLimitIsRefusedWithAHintToPage() throws Exception {
    try (WebServer server =
        WebServer.start(
            new StubBackend(false),
            ServerConfig.DEFAULT.withPort(0).withMaxResponseBytes(60),
            DefaultPipeline.create())) {
      assertEquals(200, get(server, "/api/search?q=x").statusCode());
      HttpResponse<String> r = get(server, "/api/search?q=" + "x".repeat(40));
      assertEquals(400, r.statusCode());
      assertTrue(
          r.body().startsWith("{\"status\":400,\"error\":\"the answer would take "), r.body());
      assertTrue(
          r.body().contains("over the limit of 60; ask for a page with limit and offset"),
          r.body());
    }
  }

  @Test
  void anEngineServesTheDocumentPagesToo(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), TestSite.REPLACING_TEXT);
    new Indexer(IndexerConfig.DEFAULT.withThreads(1))
        .index(docs, dir.resolve("index"), ProgressListener.NONE);
    try (Index index = Index.open(dir.resolve("index"));
        WebServer engine =
            WebServer.start(index, ServerConfig.DEFAULT.withPort(0), DefaultPipeline.create());
        WebServer local =
            WebServer.start(
                new IndexBackend(index),
                ServerConfig.DEFAULT.withPort(0),
                DefaultPipeline.create())) {
      for (String path : List.of("/api/documents/a.txt", "/api/search?q=thay+the", "/api/stats")) {
        HttpResponse<String> r = get(engine, path);
        assertEquals(200, r.statusCode(), path);
        assertEquals(get(local, path).body(), r.body(), path);
      }
      assertTrue(get(engine, "/api/documents/a.txt").body().contains("\"88/QĐ-UBND\""));
      assertEquals(404, get(engine, "/api/documents/b.txt").statusCode());
    }
  }

  @Test
  void takenPortFails() throws Exception {
    try (WebServer first =
        WebServer.start(
            new StubBackend(false), ServerConfig.DEFAULT.withPort(0), DefaultPipeline.create())) {
      int port = first.address().getPort();
      assertThrows(
          BindException.class,
          () ->
              WebServer.start(
                  new StubBackend(false),
                  ServerConfig.DEFAULT.withPort(port),
                  DefaultPipeline.create()));
    }
  }
}
