package io.github.vanban.search.sync;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
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
 * folders only when pruning), then hashes, extracts, analyses and puts the files on worker threads,
 * committing periodically. Used once; the caller makes the final commit.
 */
final class SyncRun {

  private final IndexerConfig config;
  private final DocumentSink sink;
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
      DocumentSink sink,
      SourceFolder folder,
      Map<String, String> held,
      ProgressListener listener) {
    this.config = config;
    this.sink = sink;
    this.folder = folder;
    this.held = Map.copyOf(held);
    this.listener = listener;
  }

  IndexReport execute() throws IOException {
    int removed = removeVanished();
    for (Failure f : folder.unreadable()) {
      fail(f);
    }
    runWorkers();
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
        sink.delete(id);
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
      fail(Failure.unreadable(id, e));
      return;
    }
    if (hash.equals(held.get(id))) {
      unchanged.incrementAndGet();
      return;
    }
    ExtractedDocument extracted;
    try {
      extracted =
          config
              .extractors()
              .extract(folder.root(file), file, config.extractContext().withSourceName(id));
    } catch (ExtractionException e) {
      if (e.reason() == ExtractionException.Reason.UNSUPPORTED) {
        skipped.add(Failure.of(id, e));
        removeStale(id);
      } else {
        fail(Failure.of(id, e));
      }
      return;
    }
    AnalyzedDocument analysed;
    try {
      analysed = config.pipeline().analyze(extracted);
    } catch (RuntimeException | StackOverflowError e) {
      fail(new Failure(id, Failure.ANALYSIS_ERROR, e.toString()));
      return;
    }
    sink.put(new SourceDocument(id, hash, analysed));
    (held.containsKey(id) ? updated : added).incrementAndGet();
  }

  /** Records a failure and removes the file's stale version from the backend. */
  private void fail(Failure f) throws IOException {
    failures.add(f);
    removeStale(f.source());
  }

  private void removeStale(String id) throws IOException {
    if (held.containsKey(id)) {
      sink.delete(id);
    }
  }

  private void maybeCommit() throws IOException {
    boolean due =
        sinceCommit.incrementAndGet() >= config.commitEvery()
            || System.nanoTime() - lastCommitNanos >= config.commitInterval().toNanos();
    if (due && commitLock.tryLock()) {
      try {
        sinceCommit.set(0);
        sink.commit();
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
