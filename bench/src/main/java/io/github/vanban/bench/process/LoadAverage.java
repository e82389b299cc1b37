package io.github.vanban.bench.process;

import java.lang.management.ManagementFactory;

/** The machine's one-minute load average, reported beside each timing. Thread-safe. */
final class LoadAverage {

  private LoadAverage() {}

  /** Returns the one-minute load average, or -1 where the system does not report it. */
  static double oneMinute() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
