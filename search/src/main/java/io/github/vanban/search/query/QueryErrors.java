package io.github.vanban.search.query;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Says in words what is wrong with a query Lucene's parser refused, instead of its grammar's terms
 * ({@code Encountered "<EOF>"}, {@code Lexical error}) followed by the whole query. Stateless and
 * thread-safe.
 */
final class QueryErrors {

  /** The most words a query may have: each becomes clauses, and a query is typed, not a file. */
  static final int MAX_WORDS = 1000;

  private QueryErrors() {}

  /** Fails when {@code text} has more than {@link #MAX_WORDS} words. */
  static void checkLength(String text) {
    String stripped = text.strip();
    int words = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    if (words > MAX_WORDS) {
      throw new InvalidQueryException(
          "invalid query: the query has "
              + words
              + " words; at most "
              + MAX_WORDS
              + " are searched");
    }
  }

  /** Returns the error to report for {@code text}, which the parser refused with {@code e}. */
  static InvalidQueryException explain(String text, ParseException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return new InvalidQueryException("invalid query: " + describe(text, cause), e);
  }

  private static String describe(String text, Throwable cause) {
    Balance balance = Balance.of(text);
    if (balance.openQuote()) {
      return "a quotation mark is not closed";
    }
    if (balance.depth() != 0) {
      return balance.depth() > 0
          ? "a bracket is not closed"
          : "a bracket is closed but never opened";
    }
    String m = String.valueOf(cause.getMessage());
    if (m.contains("not allowed as first character")) {
      return "a word cannot start with * or ?";
    }
    if (cause instanceof ParseException p && p.currentToken == null) {
      return m; // vanban's own message (an unknown field, a range on a text field...)
    }
    if (cause instanceof TokenMgrError) {
      return "a character cannot be read here (a lone \\\\ at the end?)";
    }
    if (m.contains("<EOF>")) {
      return "the query ends where a word is needed (after AND, OR, NOT, + or -?)";
    }
    if (m.contains("<AND>") || m.contains("<OR>") || m.contains("<NOT>")) {
      return "AND, OR and NOT join two words; quote them to search for them (\"AND\")";
    }
    return "it cannot be read (check its quotes, brackets, AND/OR/NOT and : ^ ~)";
  }

  /**
   * How the quotation marks and round brackets of a query pair up, read in one pass; a backslash
   * escapes the character after it.
   *
   * @param openQuote whether a quotation mark is left open
   * @param depth opened minus closed round brackets outside quotes; -1 when one closes too early
   */
  private record Balance(boolean openQuote, int depth) {

    static Balance of(String text) {
      boolean quoted = false;
      int depth = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && depth >= 0 && (c == '(' || c == ')')) {
          depth += c == '(' ? 1 : -1;
        }
      }
      return new Balance(quoted, depth);
    }
  }
}
