package io.github.vanban.extract;

import java.time.Duration;

/**
 * Limits that protect a run from oversized or hostile files.
 *
 * @param maxBytes largest file read, in bytes (default 256 MiB, or an eighth of the heap when that
 *     is less: a file is held in memory while it is read, so a larger one would exhaust a small
 *     heap; under {@code -Xmx256m} the default is 32 MiB)
 * @param maxPages most pages read from a paged document (default 2 000)
 * @param maxChars most characters of text kept (default 20 million, or the heap's size in bytes
 *     divided by 128 when that is less: the analysis of a document holds several objects per word,
 *     so longer text would exhaust a small heap; under {@code -Xmx256m} the default is about 2
 *     million characters, a thousand pages)
 * @param timeout longest time spent on one file (default 5 minutes)
 */
public record ExtractLimits(long maxBytes, int maxPages, int maxChars, Duration timeout) {

  /**
   * The defaults: 256 MiB (or an eighth of the maximum heap when less), 2 000 pages, 20 million
   * characters (or the maximum heap divided by 128 when less), 5 minutes.
   */
  public static final ExtractLimits DEFAULT =
      new ExtractLimits(
          Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8),
          2_000,
          (int) Math.min(20_000_000, Runtime.getRuntime().maxMemory() / 128),
          Duration.ofMinutes(5));

  /**
   * Checks every limit is positive.
   *
   * @param maxBytes largest file read, in bytes (default 256 MiB, or an eighth of the heap when
   *     that is less: a file is held in memory while it is read, so a larger one would exhaust a
   *     small heap; under {@code -Xmx256m} the default is 32 MiB)
   * @param maxPages most pages read from a paged document (default 2 000)
   * @param maxChars most characters of text kept (default 20 million, or the heap's size in bytes
   *     divided by 128 when that is less: the analysis of a document holds several objects per
   *     word, so longer text would exhaust a small heap; under {@code -Xmx256m} the default is
   *     about 2 million characters, a thousand pages)
   * @param timeout longest time spent on one file (default 5 minutes)
   * @throws IllegalArgumentException when one is not
   */
  public ExtractLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive: maxBytes="
              + maxBytes
              + " maxPages="
              + maxPages
              + " maxChars="
              + maxChars);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /**
   * Returns a copy with another byte limit.
   *
   * @param value the largest file read, in bytes, {@code > 0}
   * @return a new limits value with the other limits unchanged
   */
  public ExtractLimits withMaxBytes(long value) {
    return new ExtractLimits(value, maxPages, maxChars, timeout);
  }

  /**
   * Returns a copy with another page limit.
   *
   * @param value the most pages read, {@code > 0}
   * @return a new limits value with the other limits unchanged
   */
  public ExtractLimits withMaxPages(int value) {
    return new ExtractLimits(maxBytes, value, maxChars, timeout);
  }

  /**
   * Returns a copy with another character limit.
   *
   * @param value the most characters of text kept, {@code > 0}
   * @return a new limits value with the other limits unchanged
   */
  public ExtractLimits withMaxChars(int value) {
    return new ExtractLimits(maxBytes, maxPages, value, timeout);
  }

  /**
   * Returns a copy with another time limit.
   *
   * @param value the longest time spent on one file
   * @return a new limits value with the other limits unchanged
   */
  public ExtractLimits withTimeout(Duration value) {
    return new ExtractLimits(maxBytes, maxPages, maxChars, value);
  }
}
