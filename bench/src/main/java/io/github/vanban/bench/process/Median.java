package io.github.vanban.bench.process;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The medians of a command's runs, each figure taken on its own.
 *
 * <p>Immutable.
 *
 * @param wall median wall-clock seconds
 * @param cpu median CPU seconds
 * @param rss median peak resident set, MB
 * @param load median load average at the start of the runs
 */
record Median(double wall, double cpu, double rss, double load) {

  /** Returns the medians of {@code runs}, at least one. */
  Median(List<ProcessTiming> runs) {
    this(
        of(runs, ProcessTiming::wallSeconds),
        of(runs, ProcessTiming::cpuSeconds),
        of(runs, ProcessTiming::peakRssMb),
        of(runs, ProcessTiming::load));
  }

  private static double of(List<ProcessTiming> runs, ToDoubleFunction<ProcessTiming> value) {
    double[] v = runs.stream().mapToDouble(value).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
