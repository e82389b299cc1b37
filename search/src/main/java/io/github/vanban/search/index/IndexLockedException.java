package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when an index is being written by another writer, such as a second {@code vanban index} on
 * the same folder: Lucene's write lock is held, and the run stops at once without touching the
 * index.
 */
public final class IndexLockedException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the index at {@code index}, keeping Lucene's lock failure.
   *
   * @param index the index folder
   * @param cause Lucene's lock exception, kept as the cause
   */
  public IndexLockedException(Path index, Throwable cause) {
    super("index is locked by another process: " + index, cause);
  }
}
