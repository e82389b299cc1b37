package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences with hard line wraps undone, so that a cue on one line governs the reference wrapped
 * onto the next (PDF text breaks every line; EXTRACTION.md asks for the same result). A sentence
 * that ends with a period is joined with the next when that opens with a word in lower case (a
 * stray period, as OCR reads specks: {@code kế hoạch tổng. thể phát triển}). A sentence that ends
 * without a terminal mark ({@code . ; : ! ? …}) is joined with the next one when:
 *
 * <ul>
 *   <li>the next goes on in lower case, starts with a number's serial ({@code Đề án số\n
 *       381/ĐA-CP}, {@code ngày\n\n19/4/2024}) or, after {@code ngày}, {@code tháng} or {@code
 *       năm}, with a number and a lower-case word ({@code tháng\n12 năm 2016}), even across a blank
 *       line; or
 *   <li>only one line break stands between them, neither is a heading (no lower-case letter), and
 *       the next does not open with a list marker, a footnote mark, an article ({@code Điều 2}) or
 *       a sentence cue ({@code Căn cứ}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class LogicalSentences {

  private static final String TERMINAL = ".;:!?…";
  private static final Pattern OPENS_BLOCK =
      Pattern.compile(
          "^(?:\\d{1,3}+(?:\\.\\d{1,3}+)*+[.)]|\\d{1,3}+\\h|[a-zđ][.)]|[IVXLC]++\\.|[-+•*–#|>]"
              + "|[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup>|\\[\\^|Điều\\h++\\d)");

  /** How many items back a list's lead is looked for. */
  private static final int MAX_LIST_ITEMS = 40;

  /** How many words a lead ending with a colon may have ({@code Căn cứ xây dựng kế hoạch:}). */
  private static final int MAX_LEAD_WORDS = 8;

  /** A number and a lower-case word: the rest of a wrapped date ({@code tháng\n12 năm 2016}). */
  private static final Pattern WORD_AFTER_NUMBER = Pattern.compile("\\d{1,4}+\\h++\\p{Ll}");

  /** A date's word that a wrapped date's number follows. */
  private static final Pattern DATE_WORD_AT_END =
      Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:ngày|tháng|năm)\\h*+$");

  private final SpanIndex<TextSpan> spans;
  private final int textLength;

  private LogicalSentences(List<TextSpan> spans, int textLength) {
    this.spans = SpanIndex.of(spans);
    this.textLength = textLength;
  }

  /**
   * Joins the wrapped lines among {@code sentences} (spans into {@code text}, in order); {@code
   * cues} tell which lines open a sentence of their own.
   */
  static LogicalSentences of(String text, List<TextSpan> sentences, RelationCues cues) {
    List<TextSpan> out = new ArrayList<>();
    TextSpan previousLine = null;
    for (TextSpan s : sentences) {
      int last = out.size() - 1;
      if (last >= 0 && continues(text, previousLine, s, cues)) {
        out.set(last, new TextSpan(out.get(last).start(), s.end()));
      } else {
        out.add(s);
      }
      previousLine = s;
    }
    return new LogicalSentences(out, text.length());
  }

  private static boolean continues(
      String text, TextSpan previous, TextSpan next, RelationCues cues) {
    if (previous.length() == 0
        || next.start() < previous.end()
        || !text.substring(previous.end(), next.start()).isBlank()) {
      return false;
    }
    char end = text.charAt(previous.end() - 1);
    if (end == '.' && startsWithLowerCaseWord(text, next)) {
      return true;
    }
    if (TERMINAL.indexOf(end) >= 0) {
      return false;
    }
    if (Character.isLowerCase(text.charAt(next.start()))
        || startsWithSerial(text, next)
        || wrapsADate(text, previous, next)) {
      return true;
    }
    return text.substring(previous.end(), next.start()).chars().filter(c -> c == '\n').count() == 1
        && !isHeading(text, previous)
        && !isHeading(text, next)
        && !OPENS_BLOCK.matcher(text).region(next.start(), next.end()).lookingAt()
        && cues.sentenceRelation(text, next).isEmpty();
  }

  /**
   * Whether {@code next} opens with a word in lower case ({@code thể phát triển}), which no
   * sentence does: the period before it is a stray one (OCR reads specks as periods: {@code kế
   * hoạch tổng. thể}).
   */
  private static boolean startsWithLowerCaseWord(String text, TextSpan next) {
    return next.length() >= 2
        && Character.isLowerCase(text.charAt(next.start()))
        && Character.isLetter(text.charAt(next.start() + 1));
  }

  private static boolean wrapsADate(String text, TextSpan previous, TextSpan next) {
    return DATE_WORD_AT_END.matcher(text).region(previous.start(), previous.end()).find()
        && WORD_AFTER_NUMBER.matcher(text).region(next.start(), next.end()).lookingAt();
  }

  private static boolean startsWithSerial(String text, TextSpan next) {
    int i = next.start();
    while (i < next.end() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > next.start() && i < next.end() && "/-".indexOf(text.charAt(i)) >= 0;
  }

  /** Returns whether {@code span} has letters and none of them is lower case. */
  private static boolean isHeading(String text, TextSpan span) {
    boolean letters = false;
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /**
   * Returns the lead of the list whose item {@code item} is, after the lead's own list marker: the
   * heading ({@code I. CĂN CỨ LẬP KẾ HOẠCH}) or the short line ending with a colon ({@code Căn
   * cứ:}) just before the run of items, each opening with a list marker, that holds {@code item}.
   * Empty when {@code item} opens with no list marker, or the run follows no such lead.
   *
   * @param text the text the sentences are spans of
   * @param item one of the sentences
   * @return the lead's span from after its marker to its end
   */
  Optional<TextSpan> leadOfList(String text, TextSpan item) {
    List<TextSpan> all = spans.items();
    int at = spans.firstStartingFrom(item.start());
    if (at >= all.size() || !isListItem(text, all.get(at))) {
      return Optional.empty();
    }
    int lead = at - 1;
    while (lead >= 0 && at - lead <= MAX_LIST_ITEMS && isListItem(text, all.get(lead))) {
      lead--;
    }
    if (lead < 0 || !isLead(text, all.get(lead))) {
      return Optional.empty();
    }
    TextSpan span = all.get(lead);
    Matcher marker = OPENS_BLOCK.matcher(text).region(span.start(), span.end());
    return Optional.of(new TextSpan(marker.lookingAt() ? marker.end() : span.start(), span.end()));
  }

  private static boolean isListItem(String text, TextSpan span) {
    return OPENS_BLOCK.matcher(text).region(span.start(), span.end()).lookingAt()
        && !isLead(text, span);
  }

  /** A heading, or a line of a few words ending with a colon. */
  private static boolean isLead(String text, TextSpan span) {
    if (isHeading(text, span)) {
      return true;
    }
    String line = text.substring(span.start(), span.end()).strip();
    return line.endsWith(":") && line.split("\\s+").length <= MAX_LEAD_WORDS;
  }

  /** Returns the sentence holding {@code offset}, or the whole text when none does. */
  TextSpan at(int offset) {
    return spans.containing(offset).orElseGet(() -> new TextSpan(0, textLength));
  }
}
