package io.github.vanban.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Says, for a person, why a file could not be read, in a caller's own words, and never with the
 * file's absolute path: a missing file, a denied permission, a file system error by its reason, any
 * other error as the caller describes it.
 *
 * <p>Immutable and thread-safe when its functions are.
 *
 * @param missing the words for a file that does not exist (any more)
 * @param withoutReason describes a file system error that gives no reason
 * @param other describes any other error
 */
public record ReadFailureReason(
    String missing,
    Function<IOException, String> withoutReason,
    Function<IOException, String> other) {

  /**
   * Checks every part is present.
   *
   * @param missing the words for a file that does not exist (any more)
   * @param withoutReason describes a file system error that gives no reason
   * @param other describes any other error
   */
  public ReadFailureReason {
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(withoutReason, "withoutReason");
    Objects.requireNonNull(other, "other");
  }

  /**
   * Returns why {@code e} stopped the reading of a file.
   *
   * @param e the error met reading the file
   * @return the words for a person, without the file's path
   */
  public String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return missing;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      // Its message holds the absolute path: only the reason is kept, when there is one.
      return f.getReason() != null ? f.getReason() : withoutReason.apply(e);
    }
    return other.apply(e);
  }
}
