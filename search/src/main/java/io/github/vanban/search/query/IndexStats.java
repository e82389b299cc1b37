package io.github.vanban.search.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an index holds: documents by format, type, issuer and year, and the counts of what the
 * pipeline found in them.
 *
 * <p>Immutable and thread-safe. Each map goes from a value to its count, largest first.
 *
 * @param documents indexed files
 * @param references document numbers cited
 * @param dates date mentions
 * @param figures figures
 * @param metrics metric mentions
 * @param byFormat files per format
 * @param byType files per type abbreviation (files without a header are not counted)
 * @param byIssuer files per issuer
 * @param byYear files per year of issue
 * @param byIndicator metric mentions per indicator
 */
public record IndexStats(
    long documents,
    long references,
    long dates,
    long figures,
    long metrics,
    Map<String, Integer> byFormat,
    Map<String, Integer> byType,
    Map<String, Integer> byIssuer,
    Map<String, Integer> byYear,
    Map<String, Integer> byIndicator) {

  /**
   * Copies the maps, keeping their order.
   *
   * @param documents indexed files
   * @param references document numbers cited
   * @param dates date mentions
   * @param figures figures
   * @param metrics metric mentions
   * @param byFormat files per format
   * @param byType files per type abbreviation (files without a header are not counted)
   * @param byIssuer files per issuer
   * @param byYear files per year of issue
   * @param byIndicator metric mentions per indicator
   */
  public IndexStats {
    byFormat = copy(byFormat);
    byType = copy(byType);
    byIssuer = copy(byIssuer);
    byYear = copy(byYear);
    byIndicator = copy(byIndicator);
  }

  private static Map<String, Integer> copy(Map<String, Integer> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
