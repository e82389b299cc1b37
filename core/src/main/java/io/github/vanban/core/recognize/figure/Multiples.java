package io.github.vanban.core.recognize.figure;

import java.util.List;

/**
 * Decides whether {@code N lần} is a multiple ({@code gấp 1,4 lần}, {@code bằng 1,3 lần}, {@code
 * thấp hơn ... khoảng 20 lần}) rather than a count of times ({@code tổ chức 2 lần}). Stateless and
 * thread-safe.
 */
final class Multiples {

  private static final List<String> PREFIXES = List.of("cao gấp", "gấp", "bằng");
  private static final List<String> COMPARATIVES = List.of("hơn", "kém");
  private static final int COMPARATIVE_WINDOW = 60;

  private Multiples() {}

  /**
   * Returns whether the reading is a multiple, and if so moves its start to {@code gấp} or {@code
   * bằng} and records a qualifier standing between that word and the number.
   */
  static boolean accept(Reading r) {
    Qualifiers.Found q = Qualifiers.before(r.text, r.numberStart);
    int pos = q != null ? q.start() : r.numberStart;
    int e = Texts.backSpaces(r.text, pos, 1);
    for (String prefix : PREFIXES) {
      if (e < pos && Texts.wordEndsAt(r.text, e, prefix)) {
        r.prefixStart = e - prefix.length();
        r.qualifier = q == null ? null : q.qualifier();
        return true;
      }
    }
    return r.fraction || q != null && comparativeBefore(r.text, pos);
  }

  private static boolean comparativeBefore(String text, int pos) {
    int from = Math.max(0, pos - COMPARATIVE_WINDOW);
    for (int i = pos - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == '\n') {
        return false;
      }
      for (String w : COMPARATIVES) {
        if (Texts.wordAt(text, i, w) && Texts.boundaryBefore(text, i)) {
          return true;
        }
      }
    }
    return false;
  }
}
