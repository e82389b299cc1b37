package io.github.vanban.search.query;

import java.util.regex.Pattern;

/**
 * Prepares a user's query text for Lucene's parser: a word that starts with a digit and holds a
 * slash, such as a document number ({@code 205/NQ-HĐND}) or a date ({@code 10/7/2024}), is quoted,
 * since an unquoted slash starts a regular expression in Lucene's syntax.
 *
 * <p>Stateless and thread-safe.
 */
final class QueryText {

  private static final Pattern SLASHED = Pattern.compile("\\d[\\p{L}\\p{M}\\p{Nd}/().\\-]*");

  private QueryText() {}

  /** Returns {@code text} with every unquoted slashed word quoted, keeping a {@code field:}. */
  static String quoteSlashedWords(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted || Character.isWhitespace(c) || c == '"') {
        quoted ^= c == '"' && (i == 0 || text.charAt(i - 1) != '\\');
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length()
          && !Character.isWhitespace(text.charAt(end))
          && text.charAt(end) != '"') {
        end++;
      }
      out.append(quoteWord(text.substring(i, end)));
      i = end;
    }
    return out.toString();
  }

  private static String quoteWord(String word) {
    int colon = word.indexOf(':');
    String prefix = colon < 0 ? "" : word.substring(0, colon + 1);
    String value = word.substring(prefix.length());
    if (value.indexOf('/') >= 0 && SLASHED.matcher(value).matches()) {
      return prefix + '"' + value + '"';
    }
    return word;
  }
}
