package io.github.vanban.core.recognize.date;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.TextSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a year range to what the text writes around it: a leading keyword ({@code giai đoạn},
 * {@code nhiệm kỳ}, {@code thời kỳ}, {@code năm học}, {@code mùa giải}, {@code trung hạn}) or a
 * pair of brackets that hold nothing else ({@code (2015-2023)}).
 *
 * <p>Stateless and thread-safe.
 */
final class PeriodContext {

  /** How far before a range a keyword may start. */
  private static final int LOOK_BACK = 24;

  /** The words that name a period before a year range, as a regex alternation. */
  static final String KEYWORDS =
      "(?:giai đoạn|nhiệm kỳ|thời kỳ|năm học|mùa giải|trung hạn|niên khóa)";

  private static final Pattern KEYWORD_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])" + KEYWORDS + "\\s{1,3}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private PeriodContext() {}

  /** Returns the PERIOD mention for the range matched by {@code m}, widened where the text says. */
  static DateMention widen(String text, Matcher m, DateValue value) {
    int start = m.start();
    int end = m.end();
    int open = skipSpacesBack(text, start) - 1;
    int close = skipSpacesForward(text, end);
    if (open >= 0
        && text.charAt(open) == '('
        && close < text.length()
        && text.charAt(close) == ')') {
      start = open;
      end = close + 1;
    } else {
      Matcher keyword = KEYWORD_BEFORE.matcher(text);
      keyword.region(Math.max(0, start - LOOK_BACK), start).useTransparentBounds(true);
      if (keyword.find()) {
        start = keyword.start();
      }
    }
    TextSpan span = new TextSpan(start, end);
    return new DateMention(span.of(text), span, value);
  }

  private static int skipSpacesBack(String text, int i) {
    int k = i;
    while (k > 0 && i - k < 3 && text.charAt(k - 1) == ' ') {
      k--;
    }
    return k;
  }

  private static int skipSpacesForward(String text, int i) {
    int k = i;
    while (k < text.length() && k - i < 3 && text.charAt(k) == ' ') {
      k++;
    }
    return k;
  }
}
