package io.github.vanban.web;

import io.github.vanban.search.DocumentStore;
import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import java.io.IOException;

/**
 * The queries the web server asks of an index, so that a backend other than the local Lucene index
 * can serve the same pages: {@link IndexBackend} is the local one. Files are read back by their
 * source as a {@link DocumentStore} reads them.
 *
 * <p>Implementations are thread-safe: the server calls them from several threads at once. The
 * server never closes a backend; its owner does.
 */
public interface Backend extends DocumentStore {

  /**
   * Runs a ranked full-text search.
   *
   * @param query the query text, filters and page wanted
   * @return one page of hits, the total and facet counts
   * @throws IllegalArgumentException when the query is malformed
   * @throws IOException when the index or engine cannot be read
   */
  SearchResult search(SearchQuery query) throws IOException;

  /**
   * Finds the documents with a number and the files citing it.
   *
   * @param number a document number in any spelling
   * @return the documents bearing the number and the citations of it
   * @throws IllegalArgumentException when {@code number} is not a document number
   * @throws IOException when the index or engine cannot be read
   */
  NumberResult number(String number) throws IOException;

  /**
   * Finds one page of metric mentions and how many match.
   *
   * @param query the indicator, filters and page wanted
   * @return one page of rows and the total number of matches
   * @throws IOException when the index or engine cannot be read
   */
  MetricResult metrics(MetricQuery query) throws IOException;

  /**
   * Returns what the index holds.
   *
   * @return document and mention counts with their breakdowns
   * @throws IOException when the index or engine cannot be read
   */
  IndexStats stats() throws IOException;
}
