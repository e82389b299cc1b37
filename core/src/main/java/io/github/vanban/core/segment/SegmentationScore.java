package io.github.vanban.core.segment;

import java.util.Locale;

/**
 * Span-level precision, recall and F1 of a {@link SentenceSplitter} on gold sentences: a predicted
 * sentence counts only when both its ends match a gold sentence (OpenNLP's {@code FMeasure}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param precision matched predicted sentences over all predicted sentences, in {@code [0, 1]}
 * @param recall matched gold sentences over all gold sentences, in {@code [0, 1]}
 * @param f1 the harmonic mean of the two, {@code 0} when both are {@code 0}
 * @param documents how many documents (paragraphs) were scored, {@code >= 0}
 */
public record SegmentationScore(double precision, double recall, double f1, int documents) {

  /**
   * Validates the values.
   *
   * @param precision matched predicted sentences over all predicted sentences, in {@code [0, 1]}
   * @param recall matched gold sentences over all gold sentences, in {@code [0, 1]}
   * @param f1 the harmonic mean of the two, {@code 0} when both are {@code 0}
   * @param documents how many documents (paragraphs) were scored, {@code >= 0}
   * @throws IllegalArgumentException when a score lies outside {@code [0, 1]} or {@code documents}
   *     is negative
   */
  public SegmentationScore {
    for (double v : new double[] {precision, recall, f1}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(
            "score outside [0, 1]: precision=" + precision + " recall=" + recall + " f1=" + f1);
      }
    }
    if (documents < 0) {
      throw new IllegalArgumentException("negative document count: " + documents);
    }
  }

  /** Returns the scores as {@code precision 0.9935 recall 0.9871 F1 0.9903}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "precision %.4f recall %.4f F1 %.4f", precision, recall, f1);
  }
}
