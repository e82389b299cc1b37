package io.github.vanban.search.index;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.extract.ExtractionException;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * One indexing run: removes vanished files (of the folders listed; those of other folders only when
 * pruning), then hashes, extracts, analyses and writes the files on worker threads, committing
 * periodically. Used once, by {@link Indexer}.
 */
final class IndexRun {

  private final IndexerConfig config;
  private final IndexWriter writer;
  private final SourceFolder sources;
  private final Map<String, String> known;
  private final Map<String, KnownFailures.Known> knownFailures;
  private final AtomicInteger repeated = new AtomicInteger();
  private final ProgressListener listener;
  private final DocumentMapper mapper = new DocumentMapper();
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

  IndexRun(
      IndexerConfig config,
      IndexWriter writer,
      SourceFolder sources,
      Map<String, String> known,
      Map<String, KnownFailures.Known> knownFailures,
      ProgressListener listener) {
    this.config = config;
    this.writer = writer;
    this.sources = sources;
    this.known = Map.copyOf(known);
    this.knownFailures = Map.copyOf(knownFailures);
    this.listener = listener;
  }

  /** Runs the steps and returns the report; the caller makes the final commit. */
  IndexReport execute() throws IOException {
    int removed = removeVanished();
    for (Failure f : sources.unreadable()) {
      fail(f, "");
    }
    runWorkers();
    return new IndexReport(
        sources.files().size(),
        added.get(),
        updated.get(),
        unchanged.get(),
        removed,
        kept,
        sorted(failures),
        sorted(skipped),
        repeated.get(),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private static List<Failure> sorted(Collection<Failure> list) {
    List<Failure> out = new ArrayList<>(list);
    out.sort(Comparator.comparing(Failure::source));
    return out;
  }

  private int removeVanished() throws IOException {
    Set<String> present = new HashSet<>();
    sources.files().forEach(f -> present.add(sources.id(f)));
    sources.unreadable().forEach(f -> present.add(f.source()));
    int removed = 0;
    for (String id : known.keySet()) {
      if (present.contains(id)) {
        continue;
      }
      if (listed(id)) {
        writer.deleteDocuments(new Term(IndexFields.SOURCE, id));
        removed++;
      } else {
        kept++;
      }
    }
    for (String id : knownFailures.keySet()) {
      if (!present.contains(id) && !known.containsKey(id) && listed(id)) {
        writer.deleteDocuments(new Term(IndexFields.SOURCE, id));
      }
    }
    return removed;
  }

  /**
   * Returns whether the file {@code id} belongs to a folder of this run, or goes because the run
   * prunes the others.
   */
  private boolean listed(String id) {
    return config.prune() || sources.roots().owns(id);
  }

  private void runWorkers() throws IOException {
    // No more workers than files, nor than eight per processor: each thread costs memory and a
    // native thread whether it has work or not, and extraction is bound by the processors.
    int cap = 8 * Runtime.getRuntime().availableProcessors();
    int threads = Math.max(1, Math.min(Math.min(config.threads(), cap), sources.files().size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
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
    List<Path> files = sources.files();
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
    String id = sources.id(file);
    String hash;
    try {
      hash = ContentHash.sha256(sources.root(file), file);
    } catch (IOException e) {
      fail(Failure.unreadable(id, e), "");
      return;
    }
    if (hash.equals(known.get(id))) {
      unchanged.incrementAndGet();
      return;
    }
    KnownFailures.Known failed = knownFailures.get(id);
    if (failed != null && hash.equals(failed.hash())) {
      // The same content failed before: reported again without the cost of reading it again.
      fail(failed.failure(), hash);
      return;
    }
    ExtractedDocument extracted;
    try {
      extracted =
          config
              .extractors()
              .extract(sources.root(file), file, config.extractContext().withSourceName(id));
    } catch (OutOfMemoryError e) {
      fail(tooLarge(id), hash);
      return;
    } catch (ExtractionException e) {
      if (e.reason() == ExtractionException.Reason.UNSUPPORTED) {
        skip(Failure.of(id, e));
      } else {
        fail(Failure.of(id, e), hash);
      }
      return;
    }
    List<Document> docs = analyse(id, hash, extracted);
    if (docs != null) {
      writer.updateDocuments(new Term(IndexFields.SOURCE, id), docs);
      (known.containsKey(id) ? updated : added).incrementAndGet();
    }
  }

  /** Returns the Lucene documents, or null after recording a failure of the analysis. */
  private List<Document> analyse(String id, String hash, ExtractedDocument extracted)
      throws IOException {
    try {
      AnalyzedDocument analysed = config.pipeline().analyze(extracted);
      return mapper.map(id, hash, analysed);
    } catch (OutOfMemoryError e) {
      fail(tooLarge(id), hash);
      return null;
    } catch (RuntimeException | Error e) {
      fail(new Failure(id, Failure.ANALYSIS_ERROR, e.toString()), hash);
      return null;
    }
  }

  private static Failure tooLarge(String id) {
    return new Failure(
        id,
        ExtractionException.Reason.TOO_LARGE.name(),
        "the file needs more memory than the heap has; the other files were indexed");
  }

  /** Records a file in no format vanban reads and removes its stale version from the index. */
  private void skip(Failure f) throws IOException {
    skipped.add(f);
    removeStale(f);
  }

  /**
   * Records a failure of the content {@code hash} ({@code ""} when unread): counted as repeated
   * when an earlier run recorded the same, and kept in the index in place of the file's stale
   * version.
   */
  private void fail(Failure f, String hash) throws IOException {
    failures.add(f);
    KnownFailures.Known before = knownFailures.get(f.source());
    if (before != null
        && before.hash().equals(hash)
        && before.failure().reason().equals(f.reason())) {
      repeated.incrementAndGet();
    }
    writer.updateDocuments(
        new Term(IndexFields.SOURCE, f.source()), List.of(KnownFailures.document(f, hash)));
  }

  private void removeStale(Failure f) throws IOException {
    if (known.containsKey(f.source()) || knownFailures.containsKey(f.source())) {
      writer.deleteDocuments(new Term(IndexFields.SOURCE, f.source()));
    }
  }

  private void maybeCommit() throws IOException {
    boolean due =
        sinceCommit.incrementAndGet() >= config.commitEvery()
            || System.nanoTime() - lastCommitNanos >= config.commitInterval().toNanos();
    if (due && commitLock.tryLock()) {
      try {
        sinceCommit.set(0);
        writer.commit();
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
            sources.files().size(),
            failures.size(),
            Duration.ofNanos(System.nanoTime() - startNanos));
    synchronized (listener) {
      listener.progress(p);
    }
  }
}
