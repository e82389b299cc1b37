package io.github.vanban.search.sync;

import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.index.RootFolders;
import io.github.vanban.search.index.SourceFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Indexes folders into any backend through its {@link DocumentSink} or {@link FileSink},
 * incrementally and resumably like the local {@link io.github.vanban.search.index.Indexer}: the
 * files are listed as the local indexer lists them; a file whose content hash the backend holds is
 * skipped, a new or changed one is extracted, analysed and put (or, to a {@link FileSink}, sent as
 * bytes for the backend to read), a file gone from its folder is deleted, and a file that cannot be
 * read, here or by the backend, is reported (and its stale version deleted). The sink commits
 * periodically ({@link IndexerConfig#commitInterval()}, {@link IndexerConfig#commitEvery()}) and at
 * the end, so a run that dies loses at most the work since the last commit, and a rerun completes
 * it. Both kinds of sink go through the same listing, selection, deletions and report.
 *
 * <p>Several folders share a backend as they share a local index: ids labelled by folder name
 * ({@link RootFolders}), a file gone from a folder deleted, the files of folders a run does not
 * name kept unless {@link IndexerConfig#prune()}. Unlike a local index, a backend does not record
 * which folders it holds: a run of one folder names its files relative to it, so a run of one
 * folder into a backend holding files none of which is among the folder's is refused unless it
 * prunes (it would delete them all), and two folders of one name must not be synced into one
 * backend.
 *
 * <p>Progress, failures and the report have the local indexer's shapes; {@link
 * IndexerConfig#selection()} chooses the files. {@link IndexerConfig#rebuild()} deletes every file
 * the backend holds first. Immutable and thread-safe; each call to {@link #sync} runs on its own
 * worker threads.
 */
public final class FolderSync {

  private final IndexerConfig config;

  /**
   * Creates a sync with {@code config}: threads, commits, pipeline, extractors, exclusions.
   *
   * @param config threads, commit policy, pipeline, extractors and file selection; not null
   */
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
    return sync(List.of(root), sink, listener);
  }

  /**
   * Indexes the files under each of {@code roots} into {@code sink}: one folder as {@link
   * #sync(Path, DocumentSink, ProgressListener)} does, several with ids labelled by folder name.
   *
   * @param roots the folders to index
   * @param sink the backend's write side; left open
   * @param listener receives progress after each file
   * @return what the run did, with every file not indexed and why
   * @throws IllegalArgumentException when a root is not a folder, two roots overlap or share a
   *     name, or one folder would replace files of the backend that are none of its own (see the
   *     class comment) and the config neither prunes nor rebuilds
   * @throws IOException when the backend cannot be read or written; what was committed stays
   */
  public IndexReport sync(List<Path> roots, DocumentSink sink, ProgressListener listener)
      throws IOException {
    SourceFolder folder = list(roots);
    return run(folder, new DocumentTarget(config, sink), listener);
  }

  /**
   * Indexes the files under {@code root} into {@code sink}, which extracts and analyses them
   * itself: one folder as {@link #sync(List, FileSink, ProgressListener)} does.
   *
   * @param root the folder to index
   * @param sink the backend's write side; left open
   * @param listener receives progress after each file
   * @return what the run did, with every file not indexed and why
   * @throws IllegalArgumentException when {@code root} is not a folder
   * @throws IOException when the backend cannot be read or written; what was committed stays
   */
  public IndexReport sync(Path root, FileSink sink, ProgressListener listener) throws IOException {
    return sync(List.of(root), sink, listener);
  }

  /**
   * Indexes the files under each of {@code roots} into {@code sink}, which extracts and analyses
   * them itself: each new or changed file is sent as bytes (up to the byte limit of the
   * configuration's extraction context), and a file the backend cannot read is reported with the
   * backend's reason code, as if it had failed here. The configuration's extractors, OCR mode and
   * pipeline are not used; its folders' ids, selection, pruning and rebuilding are those of {@link
   * #sync(List, DocumentSink, ProgressListener)}.
   *
   * @param roots the folders to index
   * @param sink the backend's write side; left open
   * @param listener receives progress after each file
   * @return what the run did, with every file not indexed and why
   * @throws IllegalArgumentException when a root is not a folder, two roots overlap or share a
   *     name, or one folder would replace files of the backend that are none of its own (see the
   *     class comment) and the config neither prunes nor rebuilds
   * @throws IOException when the backend cannot be read or written; what was committed stays
   */
  public IndexReport sync(List<Path> roots, FileSink sink, ProgressListener listener)
      throws IOException {
    SourceFolder folder = list(roots);
    long maxBytes = config.extractContext().limits().maxBytes();
    return run(folder, new BytesTarget(maxBytes, sink), listener);
  }

  /** Syncs the listed files into {@code target}: rebuilds, refuses a foreign folder, then runs. */
  private IndexReport run(SourceFolder folder, SyncTarget<?> target, ProgressListener listener)
      throws IOException {
    Map<String, String> held = new HashMap<>(target.sink.held());
    if (config.rebuild()) {
      for (String id : held.keySet()) {
        target.delete(id);
      }
      held.clear();
    }
    checkNotForeign(folder, held, target.sink.location());
    return new SyncRun(config, target, folder, held, listener).execute();
  }

  private SourceFolder list(List<Path> roots) throws IOException {
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        throw new IllegalArgumentException("not a folder: " + root);
      }
    }
    return SourceFolder.list(RootFolders.of(roots), config.excluded(), config.selection());
  }

  /**
   * Refuses a run of one folder that shares no file with a backend holding files: they belong to
   * another folder, or to several, and the run would delete them.
   */
  private void checkNotForeign(SourceFolder folder, Map<String, String> held, String location) {
    if (folder.roots().labelled() || config.prune() || held.isEmpty()) {
      return;
    }
    boolean shared =
        folder.files().stream().anyMatch(f -> held.containsKey(folder.id(f)))
            || folder.unreadable().stream().anyMatch(f -> held.containsKey(f.source()));
    if (!shared) {
      throw new IllegalArgumentException(
          location
              + " holds "
              + held.size()
              + " files, none of them in "
              + folder.roots().folders().get(0)
              + "; name the folders it holds, or run with --prune to replace its files by this"
              + " folder's, or with --rebuild");
    }
  }
}
