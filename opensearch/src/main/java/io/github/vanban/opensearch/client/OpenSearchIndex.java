package io.github.vanban.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.opensearch.AnalysisFields;
import io.github.vanban.opensearch.OpenSearchMappings;
import io.github.vanban.search.DocumentStore;
import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.IndexedDocument;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import io.github.vanban.search.sync.DocumentSink;
import io.github.vanban.search.sync.SourceDocument;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenSearch index as a vanban backend ({@link SearchBackend}): the queries ({@link
 * io.github.vanban.search.IndexQueries}), one file by its source ({@link DocumentStore}) and the
 * write side {@link io.github.vanban.search.sync.FolderSync} fills ({@link DocumentSink}). One
 * document per file, its id the file's source path: {@code source}, {@code hash} and the fields of
 * {@link AnalysisFields} under {@code vanban}, as the {@code vanban} ingest processor writes them.
 * Puts and deletes are sent as bulk requests (at the latest on {@link #commit()}, which also
 * refreshes the index); a rejected document fails the request that sent it, and a rerun sends it
 * again. ({@link OpenSearchFiles} sends the files' bytes to the cluster's pipeline instead.)
 *
 * <p>Thread-safe.
 */
public final class OpenSearchIndex implements SearchBackend, DocumentSink {

  /** The index name {@code vanban opensearch setup} and the commands use by default. */
  public static final String DEFAULT_INDEX = "vanban";

  private final OpenSearchConnection os;
  private final String index;
  private final OpenSearchQueries queries;
  private final Bulk bulk;
  private final OpenSearchMappings mappings;

  private OpenSearchIndex(OpenSearchConnection os, String index, OpenSearchMappings mappings) {
    this.os = os;
    this.index = Objects.requireNonNull(index, "index");
    this.queries = new OpenSearchQueries(os, index);
    this.bulk = new Bulk(os, index, null);
    this.mappings = Objects.requireNonNull(mappings, "mappings");
  }

  /**
   * Opens {@code index} on the cluster {@code os} answers for; closing the index closes {@code os}.
   *
   * @param os the connection to the cluster, owned by the index from now on
   * @param index the index name
   * @return the index; close it when done
   */
  public static OpenSearchIndex open(OpenSearchConnection os, String index) {
    return open(os, index, OpenSearchMappings.STANDARD);
  }

  /**
   * Opens {@code index} as {@link #open(OpenSearchConnection, String)} does, writing the layers
   * that {@code mappings} registers (vanban's own and a user's, whose fields the index template
   * declares).
   *
   * @param os the connection to the cluster, owned by the index from now on
   * @param index the index name
   * @param mappings the OpenSearch mapping of each layer ({@link OpenSearchMappings#STANDARD} and
   *     the user's)
   * @return the index; close it when done
   */
  public static OpenSearchIndex open(
      OpenSearchConnection os, String index, OpenSearchMappings mappings) {
    return new OpenSearchIndex(os, index, mappings);
  }

  @Override
  public String location() {
    return bulk.location();
  }

  @Override
  public NumberResult number(String number) throws IOException {
    return queries.number(number);
  }

  @Override
  public MetricResult metrics(MetricQuery query) throws IOException {
    return queries.metrics(query);
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    return queries.search(query);
  }

  @Override
  public IndexStats stats() throws IOException {
    return queries.stats();
  }

  @Override
  public Optional<IndexedDocument> document(String source) throws IOException {
    return file(source, "source,vanban.format,vanban.title,vanban.header,vanban.pages,vanban.text")
        .map(
            s ->
                new IndexedDocument(
                    OpenSearchRecords.summary(s),
                    s.path("vanban").path("pages").asInt(0),
                    s.path("vanban").path("text").asText("")));
  }

  @Override
  public Optional<DocumentSummary> summary(String source) throws IOException {
    return file(source, "source,vanban.format,vanban.title,vanban.header")
        .map(OpenSearchRecords::summary);
  }

  /** Returns the {@code _source} fields {@code fields} of the document {@code source}, or empty. */
  private Optional<JsonNode> file(String source, String fields) throws IOException {
    Objects.requireNonNull(source, "source");
    String id = URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20");
    String path = "/" + index + "/_doc/" + id + "?_source_includes=" + fields;
    if (os.status("HEAD", "/" + index + "/_doc/" + id) == 404) {
      return Optional.empty();
    }
    JsonNode answer = os.call("GET", path, null);
    return answer.path("found").asBoolean()
        ? Optional.of(answer.path("_source"))
        : Optional.empty();
  }

  @Override
  public Map<String, String> held() throws IOException {
    return held(os, index);
  }

  /** Returns the id and hash of every document of {@code index}; none when it does not exist. */
  static Map<String, String> held(OpenSearchConnection os, String index) throws IOException {
    Map<String, String> held = new HashMap<>();
    if (os.status("HEAD", "/" + index) == 404) {
      return held;
    }
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", 1000);
    body.putArray("_source").add("hash");
    JsonNode page = os.call("POST", "/" + index + "/_search?scroll=1m", body.toString());
    try {
      while (page.path("hits").path("hits").size() > 0) {
        for (JsonNode hit : page.path("hits").path("hits")) {
          held.put(hit.path("_id").asText(), hit.path("_source").path("hash").asText());
        }
        ObjectNode next = OpenSearchConnection.JSON.createObjectNode();
        next.put("scroll", "1m").put("scroll_id", page.path("_scroll_id").asText());
        page = os.call("POST", "/_search/scroll", next.toString());
      }
    } finally {
      ObjectNode clear = OpenSearchConnection.JSON.createObjectNode();
      clear.put("scroll_id", page.path("_scroll_id").asText());
      os.call("DELETE", "/_search/scroll", clear.toString());
    }
    return held;
  }

  @Override
  public void put(SourceDocument d) throws IOException {
    bulk.indexFile(d.source(), d.hash(), "vanban", AnalysisFields.json(d.document(), mappings));
  }

  @Override
  public void delete(String source) throws IOException {
    bulk.delete(source);
  }

  @Override
  public void commit() throws IOException {
    bulk.flush();
  }

  @Override
  public void close() throws IOException {
    os.close();
  }
}
