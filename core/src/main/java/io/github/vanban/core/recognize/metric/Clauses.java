package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.TextSpan;
import java.util.List;

/**
 * Clause and bracket structure around a position of a sentence, read on the {@link CueKey} of the
 * text. A clause ends at {@code ;} or at a full stop followed by a number; a clause that starts
 * with a verb ({@code ước đạt 124,1 triệu tấn/năm}) continues the subject of the clause before it.
 * Stateless and thread-safe.
 */
final class Clauses {

  private static final List<String> VERB_STARTS = ClauseWords.of(ClauseWords.Role.VERB);

  /**
   * How far from a figure its clause scope and bracket group are looked for; keeps the work per
   * figure bounded in sentences of any length.
   */
  static final int MAX_SCOPE = 2000;

  private Clauses() {}

  /** Returns where the scope of the cue and status search for {@code pos} starts. */
  static int scopeStart(String key, TextSpan sentence, int pos) {
    int start = Math.max(sentence.start(), pos - MAX_SCOPE);
    int i = pos - 1;
    while (i >= start) {
      char c = key.charAt(i);
      if (c == ';' && !startsWithVerb(key, i + 1, pos) || fullStop(key, i)) {
        return i + 1;
      }
      i--;
    }
    return start;
  }

  /**
   * A full stop the sentence splitter kept inside a sentence because a number follows it ({@code
   * bầu cử. 100% thôn ...}): a letter or {@code %} before, a space and a digit after.
   */
  private static boolean fullStop(String key, int i) {
    char before = charAt(key, i - 1);
    return key.charAt(i) == '.'
        && (Character.isLetter(before) || before == '%')
        && charAt(key, i + 1) == ' '
        && Character.isDigit(charAt(key, i + 2));
  }

  /** Returns where the clause holding {@code pos} ends: the next {@code ;} or the sentence end. */
  static int clauseEnd(String key, TextSpan sentence, int pos) {
    int end = Math.min(sentence.end(), pos + MAX_SCOPE);
    for (int i = pos; i < end; i++) {
      if (key.charAt(i) == ';') {
        return i;
      }
    }
    return end;
  }

  private static boolean startsWithVerb(String key, int from, int limit) {
    int i = from;
    while (i < limit && key.charAt(i) == ' ') {
      i++;
    }
    for (String v : VERB_STARTS) {
      if (key.startsWith(v, i) && !Character.isLetter(charAt(key, i + v.length()))) {
        return !(v.equals("tăng") && key.startsWith(" trưởng", i + v.length()));
      }
    }
    return false;
  }

  /**
   * Returns the innermost bracket group of the sentence that holds {@code pos}, as the span from
   * {@code (} to {@code )} inclusive, or {@code null}; an unclosed group runs to the sentence end.
   */
  static TextSpan group(String key, TextSpan sentence, int pos) {
    int depth = 0;
    int open = -1;
    for (int i = pos - 1; i >= Math.max(sentence.start(), pos - MAX_SCOPE); i--) {
      char c = key.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          open = i;
          break;
        }
        depth--;
      }
    }
    if (open < 0) {
      return null;
    }
    depth = 0;
    int end = Math.min(sentence.end(), pos + MAX_SCOPE);
    for (int i = pos; i < end; i++) {
      char c = key.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return new TextSpan(open, i + 1);
        }
        depth--;
      }
    }
    return new TextSpan(open, end);
  }

  /** Returns whether {@code word} (a key) ends at {@code end} and starts at a word boundary. */
  static boolean wordEndsAt(String key, int end, String word) {
    int start = end - word.length();
    return start >= 0
        && key.startsWith(word, start)
        && !Character.isLetterOrDigit(charAt(key, start - 1))
        && !Character.isLetterOrDigit(charAt(key, end));
  }

  /** Returns the word of {@code words} that ends right before {@code pos} (one space), or null. */
  static String wordBefore(String key, int pos, List<String> words) {
    int end = pos;
    while (end > 0 && pos - end < 2 && key.charAt(end - 1) == ' ') {
      end--;
    }
    for (String w : words) {
      if (wordEndsAt(key, end, w)) {
        return w;
      }
    }
    return null;
  }

  static char charAt(String key, int i) {
    return i >= 0 && i < key.length() ? key.charAt(i) : ' ';
  }
}
