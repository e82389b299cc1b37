package io.github.vanban.core.segment;

import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences by rule: a line break always ends one; {@code .}, {@code !}, {@code ?}
 * or {@code …} end one when followed by space and an upper-case letter, a digit or an opening
 * bracket or quote, unless the word before is a known abbreviation ({@code TP.}, {@code KT.}).
 *
 * <p>This is the rule baseline that {@link OpenNlpSentenceSegmenter} is measured against (see
 * {@link SegmentationEvaluator}). Leading and trailing white space is not part of a sentence; empty
 * sentences are dropped. Stateless and thread-safe.
 */
public final class SentenceSegmenter implements SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "TP", "Tp", "tp", "KT", "TM", "Q", "TL", "TUQ", "Tr", "tr", "ThS", "TS", "PGS", "GS",
          "BS", "Th", "St", "Ô", "Bà", "Ông", "P", "Đ", "K", "NXB", "v.v", "TT", "Q.");

  @Override
  public List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
      } else if (isTerminal(c) && endsSentence(text, i)) {
        add(out, text, start, i + 1);
        start = i + 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean endsSentence(String text, int i) {
    int j = i + 1;
    if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length() || text.charAt(j) == '\n') {
      return true;
    }
    char next = text.charAt(j);
    boolean opener = Character.isUpperCase(next) || "(\"'[“".indexOf(next) >= 0;
    return opener && !Character.isDigit(next) && !abbreviationBefore(text, i);
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int k = dot;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    return ABBREVIATIONS.contains(text.substring(k, dot));
  }

  private static void add(List<TextSpan> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new TextSpan(start, end));
    }
  }
}
