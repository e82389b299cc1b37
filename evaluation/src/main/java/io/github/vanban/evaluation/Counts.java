package io.github.vanban.evaluation;

/**
 * True positives, false positives and false negatives of one category, with the precision, recall
 * and F1 they give (0 where undefined).
 *
 * @param tp found and in the gold
 * @param fp found, not in the gold
 * @param fn in the gold, not found
 */
public record Counts(int tp, int fp, int fn) {

  /** No items. */
  public static final Counts ZERO = new Counts(0, 0, 0);

  /**
   * Checks the counts are not negative.
   *
   * @param tp found and in the gold
   * @param fp found, not in the gold
   * @param fn in the gold, not found
   */
  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + ", " + fp + ", " + fn);
    }
  }

  /**
   * Returns the sum of this and {@code other}.
   *
   * @param other the counts to add
   * @return new counts holding both sums
   */
  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /**
   * Returns tp / (tp + fp).
   *
   * @return the precision in {@code [0, 1]}, 0 when nothing was predicted
   */
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  /**
   * Returns tp / (tp + fn).
   *
   * @return the recall in {@code [0, 1]}, 0 when the gold holds nothing
   */
  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  /**
   * Returns the harmonic mean of precision and recall.
   *
   * @return the F1 in {@code [0, 1]}, 0 when precision and recall are both 0
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
