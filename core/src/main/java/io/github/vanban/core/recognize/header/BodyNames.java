package io.github.vanban.core.recognize.header;

import io.github.vanban.core.lexicon.LexiconReader;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.core.text.WordCharacters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The official spelling of the phrases that make up the names of state and Party bodies ({@code
 * body-names.txt}), used to repair an issuer's name read by OCR with wrong diacritics: a run of
 * words equal to a phrase once diacritics are removed takes the phrase's spelling ({@code Ban Chí
 * đạo cải cách hành chính của chính phù} becomes {@code Ban Chỉ đạo cải cách hành chính của Chính
 * phủ}); the longest phrase is tried first, and a phrase matches whole words only. Old tone
 * placement ({@code Uỷ ban}) is written the new way. Immutable and thread-safe.
 */
final class BodyNames {

  private static final List<String> PHRASES = load();

  private BodyNames() {}

  /** Returns {@code name} with every phrase of a body's name spelled officially. */
  static String repair(String name) {
    if (name == null) {
      return null;
    }
    String folded = fold(name);
    if (folded.length() != name.length()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name);
    boolean[] taken = new boolean[name.length()];
    for (String phrase : PHRASES) {
      String key = fold(phrase);
      for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
        int end = at + key.length();
        if (wordAt(folded, at, end) && free(taken, at, end)) {
          String spelled = at == 0 ? capitalised(phrase) : phrase;
          out.replace(at, end, spelled);
          Arrays.fill(taken, at, end, true);
        }
      }
    }
    return out.toString();
  }

  private static String fold(String text) {
    return VietnameseText.foldDiacritics(text).toLowerCase(Locale.ROOT);
  }

  private static boolean wordAt(String text, int start, int end) {
    return !WordCharacters.wordCharAt(text, start - 1) && !WordCharacters.wordCharAt(text, end);
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static String capitalised(String phrase) {
    return phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
  }

  private static List<String> load() {
    return new LexiconReader("body-names.txt", 1, 1)
        .readResource(BodyNames.class).stream()
            .map(line -> line.field(0))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }
}
