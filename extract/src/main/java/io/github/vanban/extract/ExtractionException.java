package io.github.vanban.extract;

import java.util.Objects;

/**
 * A document that cannot be extracted, with a {@link Reason} a program can branch on and a message
 * a person understands.
 */
public class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a document could not be extracted. */
  public enum Reason {
    /** The document is password-protected and cannot be opened. */
    ENCRYPTED,
    /** The bytes are damaged or truncated. */
    CORRUPT,
    /** The format is not one vanban reads. */
    UNSUPPORTED,
    /** The document exceeds a configured limit (bytes, pages, characters, expansion). */
    TOO_LARGE,
    /** Extraction took longer than the configured time. */
    TIMEOUT,
    /** The document holds no text that could be read. */
    NO_TEXT,
    /** The file could not be read from disk (missing, permissions, I/O error). */
    UNREADABLE
  }

  /** Why the document could not be extracted; never null. */
  private final Reason reason;

  /**
   * Creates an exception with a reason and a message for people.
   *
   * @param reason why the document could not be extracted; not null
   * @param message what happened, for a person, naming the document where possible
   */
  public ExtractionException(Reason reason, String message) {
    this(reason, message, null);
  }

  /**
   * Creates an exception with a reason, a message for people and the underlying cause.
   *
   * @param reason why the document could not be extracted; not null
   * @param message what happened, for a person, naming the document where possible
   * @param cause the library exception behind it, or {@code null}
   */
  public ExtractionException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns why the document could not be extracted.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }
}
