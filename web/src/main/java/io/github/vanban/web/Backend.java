package io.github.vanban.web;

import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.IndexedDocument;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import java.io.IOException;
import java.util.Optional;

/**
 * The queries the web server asks of an index, so that a backend other than the local Lucene index
 * can serve the same pages: {@link IndexBackend} is the local one.
 *
 * <p>Implementations are thread-safe: the server calls them from several threads at once. The
 * server never closes a backend; its owner does.
 */
public interface Backend {

  /**
   * Runs a ranked full-text search.
   *
   * @throws IllegalArgumentException when the query is malformed
   */
  SearchResult search(SearchQuery query) throws IOException;

  /**
   * Finds the documents with a number and the files citing it.
   *
   * @throws IllegalArgumentException when {@code number} is not a document number
   */
  NumberResult number(String number) throws IOException;

  /** Finds one page of metric mentions and how many match. */
  MetricResult metrics(MetricQuery query) throws IOException;

  /** Returns what the index holds. */
  IndexStats stats() throws IOException;

  /** Returns the file indexed under {@code source}, with its text, or empty. */
  Optional<IndexedDocument> document(String source) throws IOException;

  /** Returns the summary of the file indexed under {@code source}, without its text, or empty. */
  Optional<DocumentSummary> summary(String source) throws IOException;
}
