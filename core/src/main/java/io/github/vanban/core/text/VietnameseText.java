package io.github.vanban.core.text;

import java.text.Normalizer;

/**
 * Pure functions over Vietnamese text: normalisation for analysis and accent folding for search.
 *
 * <p>Stateless and thread-safe. Indexing and the pipeline both call these, so they normalise
 * identically.
 */
public final class VietnameseText {

  /** What {@link #mapped(char)} returns for a character normalisation removes. */
  private static final int DROPPED = -1;

  private VietnameseText() {}

  /**
   * Normalises text for analysis, keeping a map of offsets: Unicode NFC; {@code Ð}/{@code ð}
   * (U+00D0/U+00F0) to {@code Đ}/{@code đ}; hyphen, dash and minus variants to {@code -}; curly
   * quotes to straight ones; non-breaking and typographic spaces to a space; {@code \r\n} and
   * {@code \r} to {@code \n}; zero-width characters and soft hyphens removed.
   *
   * @param text the text to normalise
   * @return the normalised text with the map from original to normalised offsets
   */
  public static NormalizedText normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    int i = 0;
    int n = text.length();
    while (i < n) {
      int clusterEnd = i + 1;
      while (clusterEnd < n && isCombining(text.charAt(clusterEnd))) {
        clusterEnd++;
      }
      int outStart = out.length();
      if (clusterEnd - i == 1 && !Character.isSurrogate(text.charAt(i))) {
        appendMapped(out, text, i);
      } else {
        String cluster = Normalizer.normalize(text.substring(i, clusterEnd), Normalizer.Form.NFC);
        for (int k = 0; k < cluster.length(); k++) {
          appendChar(out, cluster.charAt(k));
        }
      }
      for (int k = i; k < clusterEnd; k++) {
        map[k] = outStart;
      }
      i = clusterEnd;
    }
    map[n] = out.length();
    return new NormalizedText(out.toString(), map);
  }

  private static void appendMapped(StringBuilder out, String text, int i) {
    char c = text.charAt(i);
    if (c == '\r') {
      if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return;
      }
      out.append('\n');
      return;
    }
    appendChar(out, c);
  }

  private static void appendChar(StringBuilder out, char c) {
    int mapped = mapped(c);
    if (mapped != DROPPED) {
      out.append((char) mapped);
    }
  }

  /** Returns the character {@code c} normalises to on its own, or {@link #DROPPED}. */
  private static int mapped(char c) {
    return switch (c) {
      case '\u00D0' -> '\u0110';
      case '\u00F0' -> '\u0111';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
      case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
      case '\u00A0', '\u2007', '\u202F', '\u3000' -> ' ';
      // zero-width and soft hyphen: dropped
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> DROPPED;
      default -> c >= '\u2000' && c <= '\u200A' ? ' ' : c;
    };
  }

  /**
   * Normalises the first {@code length} characters of {@code buffer} in place, as {@link
   * #normalize(String)} does, when no character needs composing: for a term of a token stream
   * without a string per term. Returns -1, leaving the buffer as it was, when a character is a
   * combining mark or half of a surrogate pair (NFC may compose it); the caller then normalises the
   * text as a string.
   *
   * @param buffer the characters to normalise; changed in place unless the result is -1
   * @param length how many characters of {@code buffer} to normalise
   * @return the normalised length, never more than {@code length}, or -1 as described
   */
  public static int normalize(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (isCombining(buffer[i]) || Character.isSurrogate(buffer[i])) {
        return -1;
      }
    }
    int out = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c == '\r') {
        // As appendMapped: \r\n to \n, a lone \r to \n.
        if (i + 1 < length && buffer[i + 1] == '\n') {
          continue;
        }
        c = '\n';
      }
      int mapped = mapped(c);
      if (mapped != DROPPED) {
        buffer[out++] = (char) mapped;
      }
    }
    return out;
  }

  private static boolean isCombining(char c) {
    // No combining mark lies below U+0300: most characters are told apart without a look-up.
    return c >= '\u0300' && (c <= '\u036F' || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  /**
   * Removes diacritics and folds {@code đ} to {@code d}, keeping the text's length only when no
   * character decomposes into several base letters; for search keys, not for offsets.
   *
   * @param text the text to fold
   * @return the text without diacritics, for search keys only
   */
  public static String foldDiacritics(String text) {
    char[] chars = text.toCharArray();
    int length = foldDiacritics(chars, chars.length);
    return length < 0 ? foldDecomposed(text) : new String(chars, 0, length);
  }

  /**
   * Folds the first {@code length} characters of {@code buffer} in place, as {@link
   * #foldDiacritics(String)} does, when each character folds to at most one (every Vietnamese
   * letter does): for a term of a token stream without a string per term. Returns -1, leaving the
   * buffer as it was, when a character needs the general decomposition; the caller then folds the
   * text as a string.
   *
   * @param buffer the characters to fold; changed in place unless the result is -1
   * @param length how many characters of {@code buffer} to fold
   * @return the folded length, never more than {@code length}, or -1 as described
   */
  public static int foldDiacritics(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (Folding.of(buffer[i]) == Folding.SLOW) {
        return -1;
      }
    }
    int out = 0;
    for (int i = 0; i < length; i++) {
      char folded = Folding.of(buffer[i]);
      if (folded != Folding.DROP) {
        buffer[out++] = folded;
      }
    }
    return out;
  }

  /** Folds through NFD: the general case, for characters outside {@link Folding}'s tables. */
  private static String foldDecomposed(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isCombining(c)) {
        continue;
      }
      switch (c) {
        case '\u0111', '\u00F0' -> out.append('d');
        case '\u0110', '\u00D0' -> out.append('D');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The folding of each Latin character (U+0000 to U+024F, U+1E00 to U+1EFF: every Vietnamese
   * letter), computed once through {@link #foldDecomposed}, so that folding a term costs a table
   * look-up a character instead of a normalisation (it was a tenth of indexing time).
   */
  private static final class Folding {
    /** The character is dropped (a combining mark). */
    static final char DROP = '\uFFFF';

    /** The character needs {@link #foldDecomposed} (it folds to several, or lies outside). */
    static final char SLOW = '\uFFFE';

    private static final char[] LATIN = table(0x0000, 0x0250);
    private static final char[] EXTENDED = table(0x1E00, 0x1F00);

    private Folding() {}

    static char of(char c) {
      if (c < 0x0250) {
        return LATIN[c];
      }
      if (c >= 0x1E00 && c < 0x1F00) {
        return EXTENDED[c - 0x1E00];
      }
      return isCombining(c) ? DROP : SLOW;
    }

    private static char[] table(int from, int to) {
      char[] out = new char[to - from];
      for (int c = from; c < to; c++) {
        String f = foldDecomposed(String.valueOf((char) c));
        out[c - from] = f.isEmpty() ? DROP : f.length() == 1 ? f.charAt(0) : SLOW;
      }
      return out;
    }
  }
}
