package io.github.vanban.search.query;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A ranked full-text search with filters, for {@link Index#search(SearchQuery)}.
 *
 * <p>The text is Lucene query syntax over the document text (fields {@code title:}, {@code
 * issuer:}, {@code type:}, {@code number:}, {@code cites:}, {@code year:} also work); it matches
 * with or without diacritics, every word required unless {@code OR} says otherwise, and exact
 * diacritics and adjacent words rank higher. Blank text matches every document. Immutable and
 * thread-safe; absent filters are {@code null}.
 *
 * @param text the query
 * @param type only documents of this type abbreviation ({@code NQ}; case, {@code Đ}/{@code D}
 *     ignored)
 * @param issuer only documents whose issuer contains these words (diacritics ignored)
 * @param from only documents issued on or after this day
 * @param to only documents issued on or before this day
 * @param limit how many hits to return, at least 1
 * @param offset how many of the best hits to skip first (paging), at least 0
 */
public record SearchQuery(
    String text, String type, String issuer, LocalDate from, LocalDate to, int limit, int offset) {

  /** The deepest page: Lucene collects {@code offset + limit} hits to return the page. */
  public static final int MAX_WINDOW = 10_000;

  /** How many hits {@link #of(String)} returns. */
  public static final int DEFAULT_LIMIT = 10;

  /**
   * Checks the text is present, the page within bounds and the dates ordered.
   *
   * @param text the query
   * @param type only documents of this type abbreviation ({@code NQ}; case, {@code Đ}/{@code D}
   *     ignored)
   * @param issuer only documents whose issuer contains these words (diacritics ignored)
   * @param from only documents issued on or after this day
   * @param to only documents issued on or before this day
   * @param limit how many hits to return, at least 1
   * @param offset how many of the best hits to skip first (paging), at least 0
   */
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (limit < 1 || offset < 0 || (long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "limit "
              + limit
              + " must be >= 1 and offset "
              + offset
              + " >= 0, with offset + limit at most "
              + MAX_WINDOW);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
  }

  /**
   * Returns an unfiltered query for the first {@link #DEFAULT_LIMIT} hits.
   *
   * @param text the query text; blank matches every document
   * @return a query with no filter, offset 0 and limit {@link #DEFAULT_LIMIT}
   */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, DEFAULT_LIMIT, 0);
  }

  /**
   * Returns a copy keeping only documents of {@code value}.
   *
   * @param value a type abbreviation ({@code NQ}), or {@code null} for any
   * @return a new query with the other values unchanged
   */
  public SearchQuery withType(String value) {
    return new SearchQuery(text, value, issuer, from, to, limit, offset);
  }

  /**
   * Returns a copy keeping only documents whose issuer contains {@code value}.
   *
   * @param value the issuer words, or {@code null} for any
   * @return a new query with the other values unchanged
   */
  public SearchQuery withIssuer(String value) {
    return new SearchQuery(text, type, value, from, to, limit, offset);
  }

  /**
   * Returns a copy keeping only documents issued within {@code [start, end]} (either null).
   *
   * @param start the first day, or {@code null} for no lower bound
   * @param end the last day, or {@code null} for no upper bound
   * @return a new query with the other values unchanged
   */
  public SearchQuery withIssued(LocalDate start, LocalDate end) {
    return new SearchQuery(text, type, issuer, start, end, limit, offset);
  }

  /**
   * Returns a copy returning up to {@code value} hits.
   *
   * @param value how many hits to return, at least 1
   * @return a new query with the other values unchanged
   */
  public SearchQuery withLimit(int value) {
    return new SearchQuery(text, type, issuer, from, to, value, offset);
  }

  /**
   * Returns a copy skipping the first {@code value} hits.
   *
   * @param value how many of the best hits to skip, at least 0
   * @return a new query with the other values unchanged
   */
  public SearchQuery withOffset(int value) {
    return new SearchQuery(text, type, issuer, from, to, limit, value);
  }
}
