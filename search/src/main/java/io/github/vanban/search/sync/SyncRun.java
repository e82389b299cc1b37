package io.github.vanban.search.sync;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.FolderRun;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.index.SourceFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One run of {@link FolderSync}: deletes vanished files (of the folders listed; those of other
 * folders only when pruning), then hashes the files on worker threads and sends the new and changed
 * ones to the target, committing periodically and at the end. A file the backend refuses at a
 * commit is reported as a file that failed here, and its stale version deleted. Used once.
 */
final class SyncRun {

  private final IndexerConfig config;
  private final SyncTarget<?> target;
  private final SourceFolder folder;
  private final Map<String, String> held;
  private final FolderRun run;

  SyncRun(
      IndexerConfig config,
      SyncTarget<?> target,
      SourceFolder folder,
      Map<String, String> held,
      ProgressListener listener) {
    this.config = config;
    this.target = target;
    this.folder = folder;
    this.held = Map.copyOf(held);
    this.run = new FolderRun(config, folder, listener);
  }

  IndexReport execute() throws IOException {
    int removed = run.removeVanished(held.keySet(), target::delete);
    for (Failure f : folder.unreadable()) {
      notIndexed(f);
    }
    run.runWorkers(config.threads(), this::indexFile, this::commit);
    if (commit()) {
      // The stale versions of files refused at that commit were deleted after it.
      commit();
    }
    // A remote backend keeps no record of earlier failures: every failure counts as new.
    return run.report(removed, 0);
  }

  private void indexFile(Path file) throws IOException {
    run.hashThen(file, held, this::sendChanged, this::notIndexed);
  }

  private void sendChanged(String id, String hash, Path file) throws IOException {
    Optional<Failure> failure = target.put(id, hash, folder.root(file), file);
    if (failure.isPresent()) {
      notIndexed(failure.get());
    } else {
      run.countWritten(held.containsKey(id));
    }
  }

  /**
   * Records a file not indexed (skipped when in no format vanban reads, failed otherwise) and
   * removes its stale version from the backend.
   */
  private void notIndexed(Failure f) throws IOException {
    if (f.reason().equals(ExtractionException.Reason.UNSUPPORTED.name())) {
      run.skip(f);
    } else {
      run.fail(f);
    }
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
      run.uncountWritten(stale);
      notIndexed(refused);
      deleted |= stale;
    }
    return deleted;
  }
}
