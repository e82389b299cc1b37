package io.github.vanban.core.text;

import java.text.Normalizer;

/**
 * Pure functions over Vietnamese text: normalisation for analysis and accent folding for search.
 *
 * <p>Stateless and thread-safe. Indexing and the pipeline both call these, so they normalise
 * identically.
 */
public final class VietnameseText {

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
    switch (c) {
      case '\u00D0' -> out.append('\u0110');
      case '\u00F0' -> out.append('\u0111');
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
      case '\u201C', '\u201D', '\u201E', '\u201F' -> out.append('"');
      case '\u2018', '\u2019', '\u201A', '\u201B' -> out.append('\'');
      case '\u00A0', '\u2007', '\u202F', '\u3000' -> out.append(' ');
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
        // zero-width and soft hyphen: dropped
      }
      default -> {
        if (c >= '\u2000' && c <= '\u200A') {
          out.append(' ');
        } else {
          out.append(c);
        }
      }
    }
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
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char folded = Folding.of(text.charAt(i));
      if (folded == Folding.SLOW) {
        return foldDecomposed(text);
      }
      if (folded != Folding.DROP) {
        out.append(folded);
      }
    }
    return out.toString();
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
