package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a footnote is anchored, so that a document cited in a footnote relates to the text as
 * the anchor's sentence says ({@code triển khai thực hiện chỉ đạo của Chính phủ<sup>1</sup>} makes
 * footnote 1's resolution IMPLEMENTS).
 *
 * <p>A footnote is a sentence that opens with a mark: {@code <sup>1</sup>}, {@code [^1]:}, a
 * superscript number ({@code ¹}, as the PDF extractor writes footnote calls) or, at the start of a
 * line, a plain number and a space (as Word footnotes come out). Its anchor is the last call with
 * the same number before it: the same mark for the first two forms, else a superscript number or a
 * number glued to a lower-case word ({@code Chính phủ1 về}). A sentence with no such call before it
 * is no footnote.
 *
 * <p>Built once per text: the calls are found in one pass, each question is a binary search.
 * Immutable and thread-safe.
 */
final class Footnotes {

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final Pattern MARK =
      Pattern.compile(
          "<sup>(?<sup>\\d{1,3}+)</sup>|\\[\\^(?<caret>\\d{1,3}+)\\]:?+"
              + "|(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}+)|(?<plain>\\d{1,3}+)\\h");
  private static final Pattern CALL =
      Pattern.compile(
          // Checked first, a call's first character rejects most positions with one look-up.
          "(?=[<\\[⁰¹²³⁴⁵⁶⁷⁸⁹0-9])"
              + "(?:<sup>(?<sup>\\d{1,3}+)</sup>|\\[\\^(?<caret>\\d{1,3}+)\\](?!:)"
              + "|(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}+)|(?<=\\p{Ll})(?<glued>\\d{1,3}+)(?![\\d/.,:-]))");

  private static final FirstCharacterFinder CALLS =
      new FirstCharacterFinder(CALL, "<[" + SUPERSCRIPTS + "0123456789");

  private static final SpanIndex<Integer> NO_CALLS = SpanIndex.ofOffsets(List.of());

  /** Offsets of the calls, by kind ({@code sup}, {@code caret}, {@code plain}) and number. */
  private final Map<String, SpanIndex<Integer>> calls;

  private final String text;

  private Footnotes(String text) {
    this.text = text;
    Map<String, List<Integer>> found = new HashMap<>();
    Matcher m = CALLS.matcher(text);
    for (int from = 0; CALLS.find(m, text, from); from = m.end()) {
      String key =
          m.group("sup") != null
              ? "sup" + m.group("sup")
              : m.group("caret") != null
                  ? "caret" + m.group("caret")
                  : "plain" + (m.group("raised") != null ? lower(m.group("raised")) : m.group());
      found.computeIfAbsent(key, k -> new ArrayList<>()).add(m.start());
    }
    Map<String, SpanIndex<Integer>> indexed = new HashMap<>();
    found.forEach((key, offsets) -> indexed.put(key, SpanIndex.ofOffsets(offsets)));
    this.calls = Map.copyOf(indexed);
  }

  /** Finds the footnote calls of {@code text}. */
  static Footnotes of(String text) {
    return new Footnotes(text);
  }

  /** Returns where the anchor of the footnote {@code sentence} stands, if it is a footnote. */
  OptionalInt anchor(TextSpan sentence) {
    Matcher m = MARK.matcher(text).region(sentence.start(), sentence.end());
    if (!m.lookingAt()) {
      return OptionalInt.empty();
    }
    String key;
    if (m.group("sup") != null) {
      key = "sup" + m.group("sup");
    } else if (m.group("caret") != null) {
      key = "caret" + m.group("caret");
    } else if (m.group("raised") != null) {
      key = "plain" + lower(m.group("raised"));
    } else if (sentence.start() == 0 || text.charAt(sentence.start() - 1) == '\n') {
      key = "plain" + m.group("plain");
    } else {
      return OptionalInt.empty();
    }
    return calls
        .getOrDefault(key, NO_CALLS)
        .lastStartingBefore(sentence.start())
        .map(OptionalInt::of)
        .orElseGet(OptionalInt::empty);
  }

  private static String lower(String raised) {
    StringBuilder out = new StringBuilder(raised.length());
    raised.chars().forEach(c -> out.append((char) ('0' + SUPERSCRIPTS.indexOf(c))));
    return out.toString();
  }
}
