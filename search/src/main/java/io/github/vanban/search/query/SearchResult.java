package io.github.vanban.search.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Index#search(SearchQuery)} finds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param query the query text
 * @param total how many documents match in all
 * @param hits the best of them, best first
 * @param facets counts of all matching documents per dimension ({@code type}, {@code issuer},
 *     {@code year}, {@code format}), each value to its count, largest first
 */
public record SearchResult(
    String query, long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {

  /**
   * Copies the hits and facets, keeping their order.
   *
   * @param query the query text
   * @param total how many documents match in all
   * @param hits the best of them, best first
   * @param facets counts of all matching documents per dimension ({@code type}, {@code issuer},
   *     {@code year}, {@code format}), each value to its count, largest first
   */
  public SearchResult {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    facets.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    facets = Collections.unmodifiableMap(copy);
  }
}
