package io.github.vanban.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one task on several threads at once, as the throughput benchmarks share out their files. */
public final class Workers {

  private Workers() {}

  /**
   * Runs {@code task} on {@code threads} threads of a new pool and waits until every run ends.
   *
   * @param threads how many runs at once, at least 1
   * @param task what each thread runs; the runs share out the work among themselves
   * @throws InterruptedException when the wait is interrupted
   * @throws ExecutionException when a run throws, with its exception as the cause
   */
  public static void run(int threads, Runnable task)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(task));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
