package io.github.vanban.search.index;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.extract.ExtractionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
  private final DocumentMapper mapper;
  private final FolderRun run;

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
    this.run = new FolderRun(config, sources, listener);
    this.mapper = new DocumentMapper(config.mappings());
  }

  /** Runs the steps and returns the report; the caller makes the final commit. */
  IndexReport execute() throws IOException {
    int removed = removeVanished();
    for (Failure f : sources.unreadable()) {
      fail(f, "");
    }
    // No more workers than files, nor than eight per processor: each thread costs memory and a
    // native thread whether it has work or not, and extraction is bound by the processors.
    int cap = 8 * Runtime.getRuntime().availableProcessors();
    int threads = Math.max(1, Math.min(Math.min(config.threads(), cap), sources.files().size()));
    run.runWorkers(threads, this::indexFile, writer::commit);
    return run.report(removed, repeated.get());
  }

  private int removeVanished() throws IOException {
    int removed = run.removeVanished(known.keySet(), this::delete);
    for (String id : knownFailures.keySet()) {
      if (!known.containsKey(id) && run.vanished(id)) {
        delete(id);
      }
    }
    return removed;
  }

  private void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.SOURCE, id));
  }

  private void indexFile(Path file) throws IOException {
    run.hashThen(file, known, this::indexChanged, f -> fail(f, ""));
  }

  private void indexChanged(String id, String hash, Path file) throws IOException {
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
      run.countWritten(known.containsKey(id));
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
    run.skip(f);
    removeStale(f);
  }

  /**
   * Records a failure of the content {@code hash} ({@code ""} when unread): counted as repeated
   * when an earlier run recorded the same, and kept in the index in place of the file's stale
   * version.
   */
  private void fail(Failure f, String hash) throws IOException {
    run.fail(f);
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
      delete(f.source());
    }
  }
}
