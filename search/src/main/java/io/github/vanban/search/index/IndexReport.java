package io.github.vanban.search.index;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an indexing run did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param files files found under the root folders
 * @param added files indexed for the first time
 * @param updated files indexed again because their content changed
 * @param unchanged files skipped because their content hash matched the index
 * @param removed files dropped from the index because they are gone from their folder (or, when
 *     pruning, because their folder was not indexed in this run)
 * @param kept files the index holds from folders not indexed in this run, left as they were
 * @param failures files not indexed because they could not be read, in the order of their ids
 * @param skipped files not indexed because they are in no format vanban reads (reason {@code
 *     UNSUPPORTED}: images, spreadsheets, JSON data...), in the order of their ids; not failures
 * @param repeated how many of the failures an earlier run reported already, for the same content
 * @param elapsed how long the run took
 */
public record IndexReport(
    int files,
    int added,
    int updated,
    int unchanged,
    int removed,
    int kept,
    List<Failure> failures,
    List<Failure> skipped,
    int repeated,
    Duration elapsed) {

  /**
   * Copies the lists.
   *
   * @param files files found under the root
   * @param added files indexed for the first time
   * @param updated files indexed again because their content changed
   * @param unchanged files skipped because their content hash matched the index
   * @param removed files dropped from the index because they are gone from the root
   * @param kept files the index holds from folders not indexed in this run, left as they were
   * @param failures files not indexed because they could not be read, in the order of their ids
   * @param skipped files not indexed because they are in no format vanban reads (reason {@code
   *     UNSUPPORTED}: images, spreadsheets, JSON data...), in the order of their ids; not failures
   * @param repeated how many of the failures an earlier run reported already, for the same content
   * @param elapsed how long the run took
   */
  public IndexReport {
    failures = List.copyOf(failures);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * Returns whether every file found is in the index, leaving aside the skipped ones.
   *
   * @return true when no file failed
   */
  public boolean complete() {
    return failures.isEmpty();
  }

  /**
   * Returns how many failures are new: files that failed for the first time, or again after their
   * content changed. A rerun that meets only known bad files has none.
   *
   * @return the number of new failures, {@code >= 0}
   */
  public int newFailures() {
    return failures.size() - repeated;
  }
}
