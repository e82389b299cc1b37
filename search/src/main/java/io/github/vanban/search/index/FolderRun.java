package io.github.vanban.search.index;

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
 * What every indexing run over a listed folder does, whatever the backend: deciding which vanished
 * files to delete, handing the files to worker threads, hashing each and passing over those the
 * backend holds already ({@link #hashThen}), committing periodically ({@link
 * IndexerConfig#commitEvery()}, {@link IndexerConfig#commitInterval()}), reporting progress after
 * each file, counting, and the final {@link IndexReport}. The local index's run and the sync to a
 * remote backend supply only what they do with a new or changed file and how they commit.
 *
 * <p>Used once, for one run. The counting methods are thread-safe; {@link #removeVanished} runs
 * before the workers, on the caller's thread.
 */
public final class FolderRun {

  /** What a run does with one listed file, on a worker thread. */
  @FunctionalInterface
  public interface FileTask {

    /**
     * Indexes, sends or skips one file, counting it through the run.
     *
     * @param file the file's absolute path, one of {@link SourceFolder#files()}
     * @throws IOException when the backend fails; the run stops
     */
    void handle(Path file) throws IOException;
  }

  /** How a run makes its changes durable. */
  @FunctionalInterface
  public interface Commit {

    /**
     * Commits the changes made so far.
     *
     * @throws IOException when the backend fails; the run stops
     */
    void commit() throws IOException;
  }

  /** How a run deletes the documents of a file id. */
  @FunctionalInterface
  public interface Deletion {

    /**
     * Deletes the documents of {@code id}.
     *
     * @param id the file's id
     * @throws IOException when the backend fails
     */
    void delete(String id) throws IOException;
  }

  /** What a run does with a listed file whose content the backend does not hold yet. */
  @FunctionalInterface
  public interface ChangedFile {

    /**
     * Indexes or sends one new or changed file.
     *
     * @param id the file's id
     * @param hash the SHA-256 of its content
     * @param file the file's absolute path
     * @throws IOException when the backend fails; the run stops
     */
    void handle(String id, String hash, Path file) throws IOException;
  }

  /** What a run does with a listed file it could not read. */
  @FunctionalInterface
  public interface UnreadableFile {

    /**
     * Records the file as failed.
     *
     * @param failure the file and why, of reason {@code UNREADABLE}
     * @throws IOException when the backend fails; the run stops
     */
    void handle(Failure failure) throws IOException;
  }

  private final IndexerConfig config;
  private final SourceFolder folder;
  private final ProgressListener listener;
  private final Set<String> present = new HashSet<>();
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

  /**
   * Starts a run over the files of {@code folder}; its clock starts now.
   *
   * @param config the commit policy and whether to prune files of other folders
   * @param folder the listed files and the unreadable ones
   * @param listener receives progress after each file
   */
  public FolderRun(IndexerConfig config, SourceFolder folder, ProgressListener listener) {
    this.config = config;
    this.folder = folder;
    this.listener = listener;
    folder.files().forEach(f -> present.add(folder.id(f)));
    folder.unreadable().forEach(f -> present.add(f.source()));
  }

  /**
   * Returns whether the backend should delete {@code id}: no file of that id is listed, and it
   * belongs to a folder of this run or goes because the run prunes the others.
   *
   * @param id a file id the backend holds
   * @return true when the file is gone and this run deletes it
   */
  public boolean vanished(String id) {
    return !present.contains(id) && (config.prune() || folder.roots().owns(id));
  }

  /**
   * Deletes each of {@code held} that {@link #vanished}; counts the others that no folder of this
   * run lists as kept.
   *
   * @param held the file ids the backend holds
   * @param deletion deletes one file's documents
   * @return how many files were deleted
   * @throws IOException when a deletion fails
   */
  public int removeVanished(Collection<String> held, Deletion deletion) throws IOException {
    int removed = 0;
    for (String id : held) {
      if (present.contains(id)) {
        continue;
      }
      if (vanished(id)) {
        deletion.delete(id);
        removed++;
      } else {
        kept++;
      }
    }
    return removed;
  }

  /**
   * Hands the listed files to {@code threads} workers running {@code task}, each committing when
   * the policy says so; returns when every file was handled or one worker failed.
   *
   * @param threads how many worker threads
   * @param task what to do with one file
   * @param commit makes the changes durable; never run by two workers at once
   * @throws IOException when a worker's backend failed or the run was interrupted
   */
  public void runWorkers(int threads, FileTask task, Commit commit) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> work(task, commit)));
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

  private void work(FileTask task, Commit commit) {
    List<Path> files = folder.files();
    for (int i = next.getAndIncrement(); i < files.size() && !aborted; i = next.getAndIncrement()) {
      try {
        task.handle(files.get(i));
        maybeCommit(commit);
      } catch (IOException e) {
        aborted = true;
        throw new UncheckedIOException(e);
      }
      report(done.incrementAndGet());
    }
  }

  private void maybeCommit(Commit commit) throws IOException {
    boolean due =
        sinceCommit.incrementAndGet() >= config.commitEvery()
            || System.nanoTime() - lastCommitNanos >= config.commitInterval().toNanos();
    if (due && commitLock.tryLock()) {
      try {
        sinceCommit.set(0);
        commit.commit();
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

  /**
   * Hashes a listed file and hands it to {@code changed} unless the backend holds that content
   * already (then it is counted as unchanged); a file that cannot be hashed goes to {@code
   * unreadable}.
   *
   * @param file the file's absolute path, one of {@link SourceFolder#files()}
   * @param held the content hash the backend holds for each file id
   * @param changed what to do with a new or changed file
   * @param unreadable what to do with a file that could not be read
   * @throws IOException when the backend fails in {@code changed} or {@code unreadable}
   */
  public void hashThen(
      Path file, Map<String, String> held, ChangedFile changed, UnreadableFile unreadable)
      throws IOException {
    String id = folder.id(file);
    String hash;
    try {
      hash = ContentHash.sha256(folder.root(file), file);
    } catch (IOException e) {
      unreadable.handle(Failure.unreadable(id, e));
      return;
    }
    if (hash.equals(held.get(id))) {
      countUnchanged();
      return;
    }
    changed.handle(id, hash, file);
  }

  /** Counts a file whose content the backend already holds. */
  public void countUnchanged() {
    unchanged.incrementAndGet();
  }

  /**
   * Counts a file written to the backend.
   *
   * @param replaced whether it replaced a version the backend held (updated) or is new (added)
   */
  public void countWritten(boolean replaced) {
    (replaced ? updated : added).incrementAndGet();
  }

  /**
   * Takes back the count of a file written that the backend then refused.
   *
   * @param replaced whether it was counted as updated rather than added
   */
  public void uncountWritten(boolean replaced) {
    (replaced ? updated : added).decrementAndGet();
  }

  /**
   * Records a file that failed.
   *
   * @param failure the file and why
   */
  public void fail(Failure failure) {
    failures.add(failure);
  }

  /**
   * Records a file skipped: in no format vanban reads.
   *
   * @param failure the file and why
   */
  public void skip(Failure failure) {
    skipped.add(failure);
  }

  /**
   * Returns the report of the run so far, its failures and skipped files sorted by file id.
   *
   * @param removed how many vanished files were deleted
   * @param repeated how many failures an earlier run recorded the same
   * @return the report
   */
  public IndexReport report(int removed, int repeated) {
    return new IndexReport(
        folder.files().size(),
        added.get(),
        updated.get(),
        unchanged.get(),
        removed,
        kept,
        sorted(failures),
        sorted(skipped),
        repeated,
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private static List<Failure> sorted(Collection<Failure> list) {
    List<Failure> out = new ArrayList<>(list);
    out.sort(Comparator.comparing(Failure::source));
    return out;
  }
}
