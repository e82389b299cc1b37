package io.github.vanban.search.sync;

import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.index.SourceFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Indexes a folder into any backend through its {@link DocumentSink} or {@link FileSink},
 * incrementally and resumably like the local {@link io.github.vanban.search.index.Indexer}: the
 * files are listed as the local indexer lists them; a file whose content hash the backend holds is
 * skipped, a new or changed one is extracted, analysed and put (or, to a {@link FileSink}, sent as
 * bytes for the backend to read), a file gone from the folder is deleted, and a file that cannot be
 * read, here or by the backend, is reported (and its stale version deleted). The sink commits
 * periodically ({@link IndexerConfig#commitInterval()}, {@link IndexerConfig#commitEvery()}) and at
 * the end, so a run that dies loses at most the work since the last commit, and a rerun completes
 * it.
 *
 * <p>Progress, failures and the report have the local indexer's shapes. {@link
 * IndexerConfig#rebuild()} deletes every file the backend holds first. Immutable and thread-safe;
 * each call to {@link #sync} runs on its own worker threads.
 */
public final class FolderSync {

  private final IndexerConfig config;

  /** Creates a sync with {@code config}: threads, commits, pipeline, extractors, exclusions. */
  public FolderSync(IndexerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Indexes the files under {@code root} into {@code sink}, extracting and analysing them here
   * (with the configuration's extractors, OCR mode and pipeline).
   *
   * @param root the folder to index
   * @param sink the backend's write side; left open
   * @param listener receives progress after each file
   * @return what the run did, with every file not indexed and why
   * @throws IllegalArgumentException when {@code root} is not a folder
   * @throws IOException when the backend cannot be read or written; what was committed stays
   */
  public IndexReport sync(Path root, DocumentSink sink, ProgressListener listener)
      throws IOException {
    SourceFolder folder = list(root);
    return run(folder, sink.held(), new DocumentTarget(config, sink), listener);
  }

  /**
   * Indexes the files under {@code root} into {@code sink}, which extracts and analyses them
   * itself: each new or changed file is sent as bytes (up to the byte limit of the configuration's
   * extraction context), and a file the backend cannot read is reported with the backend's reason
   * code, as if it had failed here. The configuration's extractors, OCR mode and pipeline are not
   * used.
   *
   * @param root the folder to index
   * @param sink the backend's write side; left open
   * @param listener receives progress after each file
   * @return what the run did, with every file not indexed and why
   * @throws IllegalArgumentException when {@code root} is not a folder
   * @throws IOException when the backend cannot be read or written; what was committed stays
   */
  public IndexReport sync(Path root, FileSink sink, ProgressListener listener) throws IOException {
    SourceFolder folder = list(root);
    long maxBytes = config.extractContext().limits().maxBytes();
    return run(folder, sink.held(), new BytesTarget(folder.root(), maxBytes, sink), listener);
  }

  private SourceFolder list(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a folder: " + root);
    }
    return SourceFolder.list(root, config.excluded());
  }

  private IndexReport run(
      SourceFolder folder, Map<String, String> held, SyncTarget target, ProgressListener listener)
      throws IOException {
    Map<String, String> current = new HashMap<>(held);
    if (config.rebuild()) {
      for (String id : current.keySet()) {
        target.delete(id);
      }
      current.clear();
    }
    return new SyncRun(config, target, folder, current, listener).execute();
  }
}
