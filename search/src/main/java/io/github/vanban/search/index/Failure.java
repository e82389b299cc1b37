package io.github.vanban.search.index;

import io.github.vanban.extract.ExtractionException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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

  /** Checks every part is present. */
  public Failure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the failure of a file its extractor rejected. */
  public static Failure of(String source, ExtractionException e) {
    return new Failure(source, e.reason().name(), String.valueOf(e.getMessage()));
  }

  /**
   * Returns the failure of a file that could not be read from disk. The message names the error,
   * not the file's absolute path (the source already says which file).
   */
  public static Failure unreadable(String source, IOException e) {
    String why =
        e instanceof NoSuchFileException
            ? "the file disappeared before it was read"
            : e instanceof FileSystemException f
                ? String.valueOf(f.getReason())
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new Failure(source, ExtractionException.Reason.UNREADABLE.name(), why);
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
