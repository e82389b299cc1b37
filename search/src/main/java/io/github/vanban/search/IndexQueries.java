package io.github.vanban.search;

import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import java.io.IOException;

/**
 * The read-only queries vanban answers, whichever engine holds the documents: a document number
 * with the documents citing it, metric mentions, ranked full text with facets, statistics, and one
 * file read back by its source ({@link DocumentStore}).
 *
 * <p>The local Lucene index ({@link io.github.vanban.search.query.Index}), Solr and OpenSearch
 * implement it, as {@link SearchBackend}s, with the same immutable records, so the command line,
 * the JSON writer and the pages of {@code vanban serve} print the same output whichever engine
 * answered; the web server reads through this port alone and never closes it. Implementations are
 * thread-safe.
 */
public interface IndexQueries extends DocumentStore {

  /**
   * Finds the documents whose own number is {@code number} and the documents citing it; every
   * spelling of the same number matches.
   *
   * @param number a document number in any spelling ({@code 205/nq-hdnd}, {@code Số: 205/NQ-HĐND})
   * @return the documents bearing the number and the citations of it
   * @throws io.github.vanban.search.query.InvalidQueryException when {@code number} holds no digit
   * @throws IOException when the index or engine cannot be read
   */
  NumberResult number(String number) throws IOException;

  /**
   * Finds metric mentions, oldest period first: the page {@code query} asks for and the exact
   * number of matches.
   *
   * @param query the indicator, filters and page wanted
   * @return one page of rows and the total number of matches
   * @throws IOException when the index or engine cannot be read
   */
  MetricResult metrics(MetricQuery query) throws IOException;

  /**
   * Runs a ranked full-text search with facet counts.
   *
   * @param query the query text, filters and page wanted
   * @return one page of hits, the total hit count and facet counts
   * @throws io.github.vanban.search.query.InvalidQueryException when the query is malformed
   * @throws IOException when the index or engine cannot be read
   */
  SearchResult search(SearchQuery query) throws IOException;

  /**
   * Returns what the index or engine holds.
   *
   * @return document and mention counts with their breakdowns
   * @throws IOException when the index or engine cannot be read
   */
  IndexStats stats() throws IOException;
}
