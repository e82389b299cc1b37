package io.github.vanban.evaluation;

/**
 * How many of a number of checks were right, for an accuracy.
 *
 * @param right the checks that agreed with the gold
 * @param total the checks made
 */
public record Tally(int right, int total) {

  /** No checks. */
  public static final Tally ZERO = new Tally(0, 0);

  /**
   * Checks {@code 0 <= right <= total}.
   *
   * @param right the checks that agreed with the gold
   * @param total the checks made
   */
  public Tally {
    if (right < 0 || right > total) {
      throw new IllegalArgumentException("right " + right + " of " + total);
    }
  }

  /**
   * Returns one check, right or not.
   *
   * @param right whether the check was right
   * @return a tally of one check
   */
  public static Tally of(boolean right) {
    return new Tally(right ? 1 : 0, 1);
  }

  /**
   * Returns the sum of this and {@code other}.
   *
   * @param other the tally to add
   * @return a new tally holding both sums
   */
  public Tally plus(Tally other) {
    return new Tally(right + other.right, total + other.total);
  }

  /**
   * Returns right / total, or NaN when nothing was checked.
   *
   * @return the accuracy in {@code [0, 1]}, or NaN
   */
  public double accuracy() {
    return total == 0 ? Double.NaN : (double) right / total;
  }
}
