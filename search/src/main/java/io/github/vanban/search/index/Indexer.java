package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Indexes a folder of documents, incrementally and safely against crashes.
 *
 * <p>Every file under the root (recursively, hidden entries skipped) is hashed; a file whose hash
 * the index already holds is skipped, a new or changed one is extracted, analysed and written with
 * its metric and reference documents in one atomic {@code updateDocuments} by its id (the path
 * relative to the root), a file gone from the root is removed, and a file that cannot be read is
 * reported and removed from the index. Commits happen periodically ({@link
 * IndexerConfig#commitInterval()}, {@link IndexerConfig#commitEvery()}) and at the end; a process
 * killed at any moment leaves the last commit intact, and a rerun completes the work with no
 * duplicate and no lost file.
 *
 * <p>An index remembers its root folder and schema version; indexing another folder into it, or an
 * index of another schema, is refused unless the config asks for a rebuild. Only one process may
 * write an index at a time (Lucene's write lock). Immutable and thread-safe; each call to {@link
 * #index} runs on its own worker threads.
 */
public final class Indexer {

  private static final double RAM_BUFFER_MB = 64;

  private final IndexerConfig config;

  /**
   * Creates an indexer with {@code config}.
   *
   * @param config threads, commit policy, pipeline, extractors and file selection; not null
   */
  public Indexer(IndexerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Indexes the files under {@code root} into the index at {@code indexPath}, creating it if
   * needed.
   *
   * @param root the folder to index
   * @param indexPath the index folder; excluded from the files when it lies under the root
   * @param listener receives progress after each file
   * @return what the run did, with every file not indexed and why
   * @throws IllegalArgumentException when {@code root} is not a folder, or the index belongs to
   *     another root or schema and no rebuild was asked for
   * @throws IndexLockedException when another writer (a second {@code vanban index}) holds the
   *     index's write lock
   * @throws IOException when the index cannot be written (the disk is full, read-only...)
   */
  public IndexReport index(Path root, Path indexPath, ProgressListener listener)
      throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a folder: " + root);
    }
    Set<Path> excluded = new LinkedHashSet<>();
    excluded.add(indexPath.toAbsolutePath().normalize());
    config.excluded().forEach(p -> excluded.add(p.toAbsolutePath().normalize()));
    SourceFiles sources = SourceFiles.list(root, excluded, config.selection());
    IndexFolder.prepare(indexPath, config.rebuild());
    try (Directory dir = FSDirectory.open(indexPath);
        IndexWriter writer = openWriter(dir, indexPath)) {
      prepare(writer, sources.root(), indexPath);
      Known known = known(writer, indexPath);
      IndexReport report =
          new IndexRun(config, writer, sources, known.files(), known.failures(), listener)
              .execute();
      writer.commit();
      return report;
    }
  }

  private IndexWriter openWriter(Directory dir, Path indexPath) throws IOException {
    try {
      return new IndexWriter(dir, writerConfig());
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(indexPath, e);
    } catch (IOException | RuntimeException e) {
      throw new DamagedIndexException(indexPath, e);
    }
  }

  /** What the index holds: its files with their hashes, and the failures earlier runs kept. */
  private record Known(Map<String, String> files, Map<String, KnownFailures.Known> failures) {}

  /** Reads what the index holds, with one reader; a failure there means the index is damaged. */
  private static Known known(IndexWriter writer, Path indexPath) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new Known(IndexedFiles.read(reader), KnownFailures.read(reader));
    } catch (IOException | RuntimeException e) {
      throw new DamagedIndexException(indexPath, e);
    }
  }

  private IndexWriterConfig writerConfig() {
    IndexWriterConfig c = new IndexWriterConfig(IndexFields.analyzer());
    // A rebuild starts a new index even over a damaged one (in the folder vanban created).
    c.setOpenMode(
        config.rebuild()
            ? IndexWriterConfig.OpenMode.CREATE
            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // Only explicit commits count: a failed run must not commit half a state on close.
    c.setCommitOnClose(false);
    return c;
  }

  private void prepare(IndexWriter writer, Path root, Path indexPath) throws IOException {
    Map<String, String> previous = new HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> previous.put(e.getKey(), e.getValue()));
    }
    if (config.rebuild()) {
      writer.deleteAll();
    } else {
      check(previous, IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA_VERSION, indexPath, "schema");
      check(previous, IndexFields.COMMIT_ROOT, root.toString(), indexPath, "root folder");
    }
    writer.setLiveCommitData(
        Map.of(
                IndexFields.COMMIT_SCHEMA,
                IndexFields.SCHEMA_VERSION,
                IndexFields.COMMIT_ROOT,
                root.toString())
            .entrySet());
  }

  private static void check(
      Map<String, String> previous, String key, String expected, Path indexPath, String what) {
    String found = previous.get(key);
    if (found != null && !found.equals(expected)) {
      throw new IllegalArgumentException(
          "the index at "
              + indexPath
              + " has "
              + what
              + " "
              + found
              + ", not "
              + expected
              + "; rebuild it or use another index");
    }
  }
}
