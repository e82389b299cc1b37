package io.github.vanban.extract.pdf;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import java.time.Duration;

/**
 * The moment an extraction must be finished by.
 *
 * <p>Immutable and thread-safe.
 *
 * @param endNanos {@link System#nanoTime()} value at which time is up
 * @param limit the time allowed, for messages
 */
record Deadline(long endNanos, Duration limit) {

  /** Returns a deadline {@code limit} from now. */
  static Deadline after(Duration limit) {
    return new Deadline(System.nanoTime() + limit.toNanos(), limit);
  }

  /** Returns the time left, never negative. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  /**
   * Fails when time is up.
   *
   * @throws ExtractionException {@code TIMEOUT} after the deadline
   */
  void check() throws ExtractionException {
    if (System.nanoTime() - endNanos > 0) {
      throw new ExtractionException(
          Reason.TIMEOUT, "extraction took longer than the limit of " + limit.toSeconds() + " s");
    }
  }
}
