package io.github.vanban.cli;

import io.github.vanban.search.index.Progress;
import io.github.vanban.search.index.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Prints indexing progress with rate and ETA on stderr: on a terminal one line redrawn in place at
 * most every 200 ms, elsewhere a plain line every {@code interval}.
 *
 * <p>Called by one indexer thread at a time ({@link ProgressListener}'s contract).
 */
final class ProgressPrinter implements ProgressListener {

  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier clock;
  private long lastNanos;
  private boolean drawn;

  /**
   * Creates a printer.
   *
   * @param terminal whether {@code err} is a terminal (redraw in place)
   * @param interval time between plain lines when not a terminal
   * @param clock the time source in nanoseconds
   */
  ProgressPrinter(PrintWriter err, boolean terminal, Duration interval, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.intervalNanos = terminal ? Duration.ofMillis(200).toNanos() : interval.toNanos();
    this.clock = clock;
    this.lastNanos = clock.getAsLong();
  }

  @Override
  public void progress(Progress p) {
    long now = clock.getAsLong();
    boolean last = p.done() == p.total();
    if (now - lastNanos < intervalNanos && !(last && terminal)) {
      return;
    }
    lastNanos = now;
    if (terminal) {
      err.print("\r\u001B[K" + line(p));
      drawn = true;
    } else {
      err.println("vanban: " + line(p));
    }
    err.flush();
  }

  /** Ends the redrawn line, if any, so later output starts on a new line. */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }

  /** Returns the progress as one line of text. */
  static String line(Progress p) {
    int percent = p.total() == 0 ? 100 : (int) (100L * p.done() / p.total());
    StringBuilder s =
        new StringBuilder()
            .append("indexed ")
            .append(p.done())
            .append('/')
            .append(p.total())
            .append(" files (")
            .append(percent)
            .append("%), ")
            .append(String.format(java.util.Locale.ROOT, "%.1f", p.rate()))
            .append(" files/s");
    p.eta().ifPresent(eta -> s.append(", ETA ").append(clock(eta)));
    if (p.failed() > 0) {
      s.append(", ").append(p.failed()).append(" not indexed");
    }
    return s.toString();
  }

  /** Returns a duration as {@code m:ss} or {@code h:mm:ss}. */
  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
