package io.github.vanban.search.sync;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.search.index.ContentHash;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.Progress;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.index.SourceFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run of {@link FolderSync}: deletes vanished files (of the folders listed; those of other
 * folders only when pruning), then hashes the files on worker threads and sends the new and changed
 * ones to the target, committing periodically and at the end. A file the backend refuses at a
 * commit is reported as a file that failed here, and its stale version deleted. Used once.
 */
final class SyncRun {

  private final IndexerConfig config;
  private final SyncTarget target;
  private final SourceFolder folder;
  private final Map<String, String> held;
  private final ProgressListener listener;
  private final long startNanos = System.nanoTime();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private int kept;
  private final AtomicInteger sinceCommit = new AtomicInteger();
  private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Failure> skipped = new ConcurrentLinkedQueue<>();
  private final ReentrantLock commitLock = new ReentrantLock();
  private volatile long lastCommitNanos = startNanos;
  private volatile boolean aborted;

  SyncRun(
      IndexerConfig config,
      SyncTarget target,
      SourceFolder folder,
      Map<String, String> held,
      ProgressListener listener) {
    this.config = config;
    this.target = target;
    this.folder = folder;
    this.held = Map.copyOf(held);
    this.listener = listener;
  }

  IndexReport execute() throws IOException {
    int removed = removeVanished();
    for (Failure f : folder.unreadable()) {
      notIndexed(f);
    }
    runWorkers();
    if (commit()) {
      // The stale versions of files refused at that commit were deleted after it.
      commit();
    }
    return new IndexReport(
        folder.files().size(),
        added.get(),
        updated.get(),
        unchanged.get(),
        removed,
        kept,
        sorted(failures),
        sorted(skipped),
        // A remote backend keeps no record of earlier failures: every failure counts as new.
        0,
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private static List<Failure> sorted(Collection<Failure> list) {
    List<Failure> out = new ArrayList<>(list);
    out.sort(Comparator.comparing(Failure::source));
    return out;
  }

  private int removeVanished() throws IOException {
    Set<String> present = new HashSet<>();
    folder.files().forEach(f -> present.add(folder.id(f)));
    folder.unreadable().forEach(f -> present.add(f.source()));
    int removed = 0;
    for (String id : held.keySet()) {
      if (present.contains(id)) {
        continue;
      }
      if (config.prune() || folder.roots().owns(id)) {
        target.delete(id);
        removed++;
      } else {
        kept++;
      }
    }
    return removed;
  }

  private void runWorkers() throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(config.threads());
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < config.threads(); i++) {
        workers.add(pool.submit(this::work));
      }
      for (Future<?> w : workers) {
        await(w);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void await(Future<?> worker) throws IOException {
    try {
      worker.get();
    } catch (InterruptedException e) {
      aborted = true;
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      aborted = true;
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IllegalStateException("an indexing worker failed", e.getCause());
    }
  }

  private void work() {
    List<Path> files = folder.files();
    for (int i = next.getAndIncrement(); i < files.size() && !aborted; i = next.getAndIncrement()) {
      try {
        indexFile(files.get(i));
        maybeCommit();
      } catch (IOException e) {
        aborted = true;
        throw new UncheckedIOException(e);
      }
      report(done.incrementAndGet());
    }
  }

  private void indexFile(Path file) throws IOException {
    String id = folder.id(file);
    String hash;
    try {
      hash = ContentHash.sha256(folder.root(file), file);
    } catch (IOException e) {
      notIndexed(Failure.unreadable(id, e));
      return;
    }
    if (hash.equals(held.get(id))) {
      unchanged.incrementAndGet();
      return;
    }
    Optional<Failure> failure = target.put(id, hash, folder.root(file), file);
    if (failure.isPresent()) {
      notIndexed(failure.get());
    } else {
      (held.containsKey(id) ? updated : added).incrementAndGet();
    }
  }

  /**
   * Records a file not indexed (skipped when in no format vanban reads, failed otherwise) and
   * removes its stale version from the backend.
   */
  private void notIndexed(Failure f) throws IOException {
    boolean unsupported = f.reason().equals(ExtractionException.Reason.UNSUPPORTED.name());
    (unsupported ? skipped : failures).add(f);
    if (held.containsKey(f.source())) {
      target.delete(f.source());
    }
  }

  /**
   * Commits, and turns the files the backend refused since the last commit into failures.
   *
   * @return whether a refused file's stale version was deleted after the commit
   */
  private boolean commit() throws IOException {
    boolean deleted = false;
    for (Failure refused : target.commit()) {
      boolean stale = held.containsKey(refused.source());
      (stale ? updated : added).decrementAndGet();
      notIndexed(refused);
      deleted |= stale;
    }
    return deleted;
  }

  private void maybeCommit() throws IOException {
    boolean due =
        sinceCommit.incrementAndGet() >= config.commitEvery()
            || System.nanoTime() - lastCommitNanos >= config.commitInterval().toNanos();
    if (due && commitLock.tryLock()) {
      try {
        sinceCommit.set(0);
        commit();
        lastCommitNanos = System.nanoTime();
      } finally {
        commitLock.unlock();
      }
    }
  }

  private void report(int handled) {
    Progress p =
        new Progress(
            handled,
            folder.files().size(),
            failures.size(),
            Duration.ofNanos(System.nanoTime() - startNanos));
    synchronized (listener) {
      listener.progress(p);
    }
  }
}
