package io.github.vanban.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Asserts that work stays within a budget of CPU time, the guard of the tests that prove a
 * recogniser stays linear on adversarial text. CPU time of the working thread, unlike wall time,
 * does not grow when other processes load the machine, so the guard fails on a super-linear
 * algorithm and not on a busy build machine. The work runs in its own daemon thread, which is
 * abandoned as soon as it has used more than the budget.
 */
public final class CpuBudget {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** How long a thread that uses no CPU (a deadlock) may wait before the guard gives up. */
  private static final Duration IDLE_LIMIT = Duration.ofMinutes(10);

  private CpuBudget() {}

  /**
   * Runs {@code work} and fails when it uses more than {@code budget} of CPU time, or throws.
   *
   * @param budget the most CPU time the work may use
   * @param work the work
   * @param what what the work is, for the failure message
   */
  public static void assertWithin(Duration budget, Executable work, String what) {
    assertWithin(
        budget,
        () -> {
          work.execute();
          return null;
        },
        what);
  }

  /**
   * Runs {@code work} and returns its result; fails when it uses more than {@code budget} of CPU
   * time, or throws.
   *
   * @param <T> the type of the result
   * @param budget the most CPU time the work may use
   * @param work the work
   * @param what what the work is, for the failure message
   * @return what the work returned
   */
  public static <T> T assertWithin(Duration budget, ThrowingSupplier<T> work, String what) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<T> result = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                result.set(work.get());
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "cpu-budget");
    worker.setDaemon(true);
    worker.start();
    long idleDeadline = System.nanoTime() + IDLE_LIMIT.toNanos();
    try {
      while (worker.isAlive()) {
        worker.join(50);
        long used = THREADS.getThreadCpuTime(worker.getId());
        if (used > budget.toNanos()) {
          worker.interrupt();
          fail(what + ": used more than " + budget.toMillis() + " ms of CPU time");
        }
        if (System.nanoTime() > idleDeadline) {
          worker.interrupt();
          fail(what + ": did not end within " + IDLE_LIMIT.toMinutes() + " minutes");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(what + ": interrupted");
    }
    if (failure.get() instanceof AssertionError error) {
      throw error;
    }
    if (failure.get() != null) {
      fail(what + ": " + failure.get(), failure.get());
    }
    return result.get();
  }
}
