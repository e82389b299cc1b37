package io.github.vanban.search.query;

import java.io.FileNotFoundException;

/** There is no vanban index at the path given to {@link Index#open}. */
public class MissingIndexException extends FileNotFoundException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the path.
   *
   * @param message what is missing, naming the path
   */
  public MissingIndexException(String message) {
    super(message);
  }
}
