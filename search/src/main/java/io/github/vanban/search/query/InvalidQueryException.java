package io.github.vanban.search.query;

/**
 * A query that cannot be run as given: malformed Lucene syntax, an unknown field, a value that is
 * not a document number. The message is one line, for a person.
 */
public class InvalidQueryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only the first line of {@code message} is kept.
   *
   * @param message what is wrong with the query, for a person
   * @param cause the parser's exception, or {@code null}
   */
  public InvalidQueryException(String message, Throwable cause) {
    super(firstLine(message), cause);
  }

  /**
   * Creates the exception; only the first line of {@code message} is kept.
   *
   * @param message what is wrong with the query, for a person
   */
  public InvalidQueryException(String message) {
    this(message, null);
  }

  private static String firstLine(String message) {
    String m = message == null ? "invalid query" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
