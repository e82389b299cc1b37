package io.github.vanban.bench.index;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Elapsed, process CPU and garbage collection time since its creation: the CPU time shows how much
 * of the machine a run used, which elapsed time alone hides when other processes compete for it.
 * Thread-safe.
 */
final class CpuClock {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final long startNanos = System.nanoTime();
  private final long startCpu = os.getProcessCpuTime();
  private final long startGc = gcMillis();

  /** Returns the seconds elapsed. */
  double wallSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Returns the CPU seconds the process used, on all its threads. */
  double cpuSeconds() {
    return (os.getProcessCpuTime() - startCpu) / 1e9;
  }

  /** Returns the seconds the collectors report having spent. */
  double gcSeconds() {
    return (gcMillis() - startGc) / 1e3;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
