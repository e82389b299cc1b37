package io.github.vanban.web;

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
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Backend} of any engine that answers vanban's queries and reads a file back by its
 * source: a Solr collection or an OpenSearch index ({@code vanban serve --solr}, {@code
 * --opensearch}). Every call delegates; the engine shows what it has committed.
 *
 * <p>Thread-safe as the engine is. The caller keeps ownership of the engine and closes it.
 *
 * @param <E> the engine's type, both a {@link SearchBackend} and a {@link DocumentStore}
 */
public final class EngineBackend<E extends SearchBackend & DocumentStore> implements Backend {

  private final E engine;

  /**
   * Serves the queries of {@code engine}.
   *
   * @param engine the open engine; closed by the caller
   */
  public EngineBackend(E engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    return engine.search(query);
  }

  @Override
  public NumberResult number(String number) throws IOException {
    return engine.number(number);
  }

  @Override
  public MetricResult metrics(MetricQuery query) throws IOException {
    return engine.metrics(query);
  }

  @Override
  public IndexStats stats() throws IOException {
    return engine.stats();
  }

  @Override
  public Optional<IndexedDocument> document(String source) throws IOException {
    return engine.document(source);
  }

  @Override
  public Optional<DocumentSummary> summary(String source) throws IOException {
    return engine.summary(source);
  }
}
