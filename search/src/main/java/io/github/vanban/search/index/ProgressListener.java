package io.github.vanban.search.index;

/**
 * Receives the progress of an indexing run after each file.
 *
 * <p>The indexer calls it from its worker threads, one call at a time; it should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = p -> {};

  /**
   * Called after each file with the run's progress.
   *
   * @param progress the files done and total so far, and the time elapsed
   */
  void progress(Progress progress);
}
