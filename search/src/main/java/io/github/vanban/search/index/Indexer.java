package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * <p>An index holds one folder or several ({@link RootFolders} says how ids are formed) and
 * remembers them with its schema version. An index of one folder refuses another folder, an index
 * of several refuses a new folder named like one it holds, and an index of another schema is
 * refused, unless the config asks for a rebuild. Folders the index holds but a run does not name
 * are left as they are, unless the config prunes them ({@link IndexerConfig#prune()}). Only one
 * process may write an index at a time (Lucene's write lock). Immutable and thread-safe; each call
 * to {@link #index} runs on its own worker threads.
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
    return index(List.of(root), indexPath, listener);
  }

  /**
   * Indexes the files under each of {@code roots} into the index at {@code indexPath}, creating it
   * if needed: one folder as {@link #index(Path, Path, ProgressListener)} does, several with ids
   * labelled by folder name ({@link RootFolders}).
   *
   * @param roots the folders to index
   * @param indexPath the index folder; excluded from the files when it lies under a root
   * @param listener receives progress after each file
   * @return what the run did, with every file not indexed and why
   * @throws IllegalArgumentException when a root is not a folder, two roots overlap or share a
   *     name, or the index holds other folders in a way these cannot join (see the class comment)
   *     and no rebuild was asked for
   * @throws IndexLockedException when another writer holds the index's write lock
   * @throws IOException when the index cannot be written (the disk is full, read-only...)
   */
  public IndexReport index(List<Path> roots, Path indexPath, ProgressListener listener)
      throws IOException {
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        throw new IllegalArgumentException("not a folder: " + root);
      }
    }
    RootFolders given = RootFolders.of(roots);
    Set<Path> excluded = new LinkedHashSet<>();
    excluded.add(indexPath.toAbsolutePath().normalize());
    config.excluded().forEach(p -> excluded.add(p.toAbsolutePath().normalize()));
    IndexFolder.prepare(indexPath, config.rebuild());
    try (Directory dir = FSDirectory.open(indexPath);
        IndexWriter writer = openWriter(dir, indexPath)) {
      RootFolders folders = prepare(writer, given, indexPath);
      SourceFolder sources = SourceFolder.list(folders, excluded, config.selection());
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

  /**
   * Checks the index's schema, decides how this run's folders form ids given the folders the index
   * holds, and sets the commit data the run will commit; returns the run's folders.
   */
  private RootFolders prepare(IndexWriter writer, RootFolders given, Path indexPath)
      throws IOException {
    Map<String, String> previous = new HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null && !config.rebuild()) {
      data.forEach(e -> previous.put(e.getKey(), e.getValue()));
    }
    if (config.rebuild()) {
      writer.deleteAll();
    } else {
      check(previous, IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA_VERSION, indexPath, "schema");
    }
    HeldFolders held = HeldFolders.of(previous);
    RootFolders folders = held.admit(given, config.prune(), indexPath);
    Map<String, String> commit = new HashMap<>();
    commit.put(IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA_VERSION);
    commit.putAll(held.after(folders, config.prune()).commitData());
    writer.setLiveCommitData(commit.entrySet());
    return folders;
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
