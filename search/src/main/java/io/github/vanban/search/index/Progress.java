package io.github.vanban.search.index;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an indexing run has come.
 *
 * <p>Immutable and thread-safe.
 *
 * @param done files handled so far (indexed, unchanged or failed)
 * @param total files found
 * @param failed files not indexed so far
 * @param elapsed time since the run started
 */
public record Progress(int done, int total, int failed, Duration elapsed) {

  /**
   * Returns files handled per second so far, or 0 before any time has passed.
   *
   * @return files per second, {@code >= 0}
   */
  public double rate() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /**
   * Returns the estimated time left at the rate so far, or empty before the first file.
   *
   * @return the estimated remaining time, or empty before the first file is done
   */
  public Optional<Duration> eta() {
    double rate = rate();
    if (done == 0 || rate <= 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.round((total - done) / rate * 1000)));
  }
}
