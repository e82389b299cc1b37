package io.github.vanban.search;

import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import java.io.IOException;

/**
 * The queries vanban answers, whichever engine holds the documents: a document number with the
 * documents citing it, metric mentions, ranked full text with facets, and statistics.
 *
 * <p>The local Lucene index ({@link io.github.vanban.search.query.Index}) is one adapter; cluster
 * engines are others. Every adapter returns the same immutable records, so the command line, the
 * JSON writer and the HTTP API print the same output whichever backend answered. Implementations
 * are thread-safe; close the backend when done.
 */
public interface SearchBackend extends AutoCloseable {

  /** Says where the documents are held, for messages: a folder or an engine's address. */
  String location();

  /**
   * Finds the documents whose own number is {@code number} and the documents citing it; every
   * spelling of the same number matches.
   *
   * @throws io.github.vanban.search.query.InvalidQueryException when {@code number} holds no digit
   * @throws IOException when the backend cannot be read
   */
  NumberResult number(String number) throws IOException;

  /**
   * Finds metric mentions, oldest period first: the page {@code query} asks for and the exact
   * number of matches.
   *
   * @throws IOException when the backend cannot be read
   */
  MetricResult metrics(MetricQuery query) throws IOException;

  /**
   * Runs a ranked full-text search with facet counts.
   *
   * @throws io.github.vanban.search.query.InvalidQueryException when the query is malformed
   * @throws IOException when the backend cannot be read
   */
  SearchResult search(SearchQuery query) throws IOException;

  /**
   * Returns what the backend holds.
   *
   * @throws IOException when the backend cannot be read
   */
  IndexStats stats() throws IOException;

  @Override
  void close() throws IOException;
}
