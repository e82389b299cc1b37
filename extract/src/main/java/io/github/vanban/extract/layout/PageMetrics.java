package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text column of each page, measured from its running-text lines: left margin (the leftmost
 * position many lines start at), right margin (where full lines end) and line pitch (baseline to
 * baseline inside a paragraph). Pages with too few lines borrow the document's values.
 *
 * <p>Immutable and thread-safe.
 */
public final class PageMetrics {

  /** Fewer running-text lines than this, and a page borrows the document's metrics. */
  public static final int MIN_LINES = 5;

  /**
   * One page's measurements.
   *
   * @param left the left margin: the leftmost position many lines start at
   * @param right the right margin: where full lines end
   * @param pitch the distance from baseline to baseline inside a paragraph
   */
  public record Column(float left, float right, float pitch) {}

  private final Map<Integer, Column> byPage;
  private final Column document;

  private PageMetrics(Map<Integer, Column> byPage, Column document) {
    this.byPage = Map.copyOf(byPage);
    this.document = document;
  }

  /**
   * Measures the running-text lines of a document.
   *
   * @param flow the document's running-text lines, in reading order
   * @param bodySize the font size of the document's body text
   * @return the measurements of every page
   */
  public static PageMetrics measure(List<TextLine> flow, float bodySize) {
    Map<Integer, List<TextLine>> pages = new HashMap<>();
    for (TextLine line : flow) {
      pages.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(line);
    }
    Column document = column(flow, bodySize, new Column(0, Float.MAX_VALUE, bodySize * 1.4f));
    Map<Integer, Column> byPage = new HashMap<>();
    pages.forEach(
        (page, lines) -> {
          if (lines.size() >= MIN_LINES) {
            byPage.put(page, column(lines, bodySize, document));
          }
        });
    return new PageMetrics(byPage, document);
  }

  /**
   * Returns the measurements of a page.
   *
   * @param page 1-based page number
   * @return the page's own measurements, or the document's when it has too few lines
   */
  public Column of(int page) {
    return byPage.getOrDefault(page, document);
  }

  private static Column column(List<TextLine> lines, float bodySize, Column fallback) {
    if (lines.isEmpty()) {
      return fallback;
    }
    float left = mostCommonLeft(lines, bodySize);
    List<Float> rights = lines.stream().map(TextLine::right).sorted().toList();
    float right = rights.get((int) Math.floor((rights.size() - 1) * 0.9));
    List<Float> pitches = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      TextLine a = lines.get(i - 1);
      TextLine b = lines.get(i);
      float d = b.baseline() - a.baseline();
      if (a.page() == b.page()
          && d > 0
          && d < 2.5f * a.size()
          && Math.abs(a.size() - b.size()) < 1) {
        pitches.add(d);
      }
    }
    pitches.sort(Float::compare);
    float pitch = pitches.isEmpty() ? fallback.pitch() : pitches.get(pitches.size() / 2);
    return new Column(left, right, pitch);
  }

  private static float mostCommonLeft(List<TextLine> lines, float bodySize) {
    Map<Integer, Integer> counts = new HashMap<>();
    int bucket = Math.max(1, Math.round(bodySize / 4));
    for (TextLine line : lines) {
      counts.merge(Math.round(line.left() / bucket), 1, Integer::sum);
    }
    int most = counts.values().stream().max(Integer::compare).orElseThrow();
    int best =
        counts.entrySet().stream()
            .filter(e -> e.getValue() * 4 >= most)
            .mapToInt(Map.Entry::getKey)
            .min()
            .orElseThrow();
    float min = Float.MAX_VALUE;
    for (TextLine line : lines) {
      if (Math.round(line.left() / bucket) == best) {
        min = Math.min(min, line.left());
      }
    }
    return min;
  }
}
