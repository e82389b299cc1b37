package io.github.vanban.web;

import io.github.vanban.search.IndexQueries;
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
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link IndexQueries} a server reads from a local vanban {@link Index}: every call delegates
 * to it, after making the index see its latest commit (cheap when nothing changed), so a {@code
 * vanban index} run while the server is up shows in the next answers. (A cluster engine shows what
 * it has committed, and is served as it is.)
 *
 * <p>Thread-safe as the index is. The caller keeps ownership of the index and closes it.
 */
public final class IndexBackend implements IndexQueries {

  private final Index index;

  /**
   * Serves the queries of {@code index}.
   *
   * @param index the open local index; closed by the caller
   */
  public IndexBackend(Index index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    index.refresh();
    return index.search(query);
  }

  @Override
  public NumberResult number(String number) throws IOException {
    index.refresh();
    return index.number(number);
  }

  @Override
  public MetricResult metrics(MetricQuery query) throws IOException {
    index.refresh();
    return index.metrics(query);
  }

  @Override
  public IndexStats stats() throws IOException {
    index.refresh();
    return index.stats();
  }

  @Override
  public Optional<IndexedDocument> document(String source) throws IOException {
    index.refresh();
    return index.document(source);
  }

  @Override
  public Optional<DocumentSummary> summary(String source) throws IOException {
    index.refresh();
    return index.summary(source);
  }
}
