package io.github.vanban.search.index;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ReadFailureReason;
import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file that was not indexed, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file's id (path relative to the indexed root)
 * @param reason an {@link ExtractionException.Reason} name ({@code CORRUPT}, {@code
 *     UNREADABLE}...), or {@link #ANALYSIS_ERROR} when the text was read but its analysis failed
 * @param message what went wrong, for a person
 */
public record Failure(String source, String reason, String message) {

  /** Reason of a file whose analysis threw: a defect to report, not a problem of the file. */
  public static final String ANALYSIS_ERROR = "ANALYSIS_ERROR";

  /**
   * Checks every part is present.
   *
   * @param source the file's id (path relative to the indexed root)
   * @param reason an {@link ExtractionException.Reason} name ({@code CORRUPT}, {@code
   *     UNREADABLE}...), or {@link #ANALYSIS_ERROR} when the text was read but its analysis failed
   * @param message what went wrong, for a person
   */
  public Failure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the failure of a file its extractor rejected.
   *
   * @param source the file's id, relative to the indexed root
   * @param e the extractor's exception
   * @return a failure whose reason is the exception's reason name ({@code CORRUPT})
   */
  public static Failure of(String source, ExtractionException e) {
    String message = e.getMessage() == null ? e.reason().name() : e.getMessage();
    return new Failure(source, e.reason().name(), message);
  }

  /**
   * Returns the failure of a file that could not be read from disk. The message names the error,
   * not the file's absolute path (the source already says which file).
   *
   * @param source the file's id, relative to the indexed root
   * @param e the error met reading the file
   * @return a failure of reason {@code UNREADABLE}
   */
  public static Failure unreadable(String source, IOException e) {
    return new Failure(
        source, ExtractionException.Reason.UNREADABLE.name(), READ_FAILURE.describe(e));
  }

  /** Why a file could not be read, in the words of the index's failure reports. */
  private static final ReadFailureReason READ_FAILURE =
      new ReadFailureReason(
          "the file disappeared before it was read",
          Failure::couldNotRead,
          e ->
              e.getMessage() != null
                  ? e.getClass().getSimpleName() + ": " + e.getMessage()
                  : couldNotRead(e));

  private static String couldNotRead(IOException e) {
    return "the file could not be read (" + e.getClass().getSimpleName() + ")";
  }

  /** Returns the failure of an entry that is not a regular file: a link, pipe, socket or device. */
  static Failure notRegular(String source, BasicFileAttributes attrs) {
    String what =
        attrs.isSymbolicLink()
            ? "a symbolic link, not followed: only files inside the folder are indexed"
            : "not a regular file (a named pipe, socket or device), not read";
    return new Failure(source, ExtractionException.Reason.UNREADABLE.name(), what);
  }
}
