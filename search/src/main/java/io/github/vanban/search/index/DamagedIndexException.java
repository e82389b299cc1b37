package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when an index folder holds a vanban index that cannot be read (a truncated or corrupted
 * file): the run stops without writing, and the message says how to repair it.
 */
public final class DamagedIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the index at {@code index}, keeping Lucene's failure.
   *
   * @param index the index folder
   * @param cause Lucene's exception, kept as the cause
   */
  public DamagedIndexException(Path index, Throwable cause) {
    super("the index at " + index + " is damaged; run again with --rebuild", cause);
  }
}
