package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.TextSpan;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own number and date where its header block lost them (a copy whose header table
 * was stripped, a number stamped over the text): the heading of what it attaches names the document
 * by its type, number and date ({@code (Kèm theo Nghị quyết số 124/2017/NQ-HĐND ngày 14 tháng 7 năm
 * 2017 của Hội đồng nhân dân Tỉnh)}, {@code Ban hành kèm theo Quyết định số 70/2024/QĐ-UBND ...}).
 * Only an attachment of the same type as the document's title counts: a regulation attached to a
 * decision is another document. A number written without its slash ({@code Nghị quyết số 89NQ-HĐND
 * ngày 14 tháng 7 năm 2017}) has no shape of the contract: the heading then gives the date only.
 * Immutable and thread-safe.
 *
 * @param number the number as the header gives it, or {@code null} when it is written without the
 *     slash after its serial
 * @param issued the day, or {@code null} when it does not read
 * @param span where the number stands
 */
record AnnexNumber(NumberLine number, DateValue issued, TextSpan span) {

  private static final Pattern ANNEX =
      Pattern.compile(
          "kèm theo\\s{1,3}(\\p{L}+(?:\\s{1,3}\\p{L}+)?)\\s{1,3}số:?\\s{0,3}"
              + "([0-9]{1,6})\\s{0,2}((?:/\\s{0,2}[0-9]{4}\\s{0,2})?([/-])?\\s{0,2}\\p{L}[\\p{L}0-9.&()]{0,19}"
              + "(?:\\s{0,2}[-/]\\s{0,2}[\\p{L}0-9.&()]{1,20}){0,3})"
              + "(?:\\s{1,3}ngày\\s{0,3}(?<day>[0-9]{1,2})\\s{0,3}(?:tháng|/)\\s{0,3}"
              + "(?<month>[0-9]{1,2})\\s{0,3}(?:năm|/)\\s{0,3}(?<year>[0-9]{4}))?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Finds the first attachment heading that names a document of type {@code typeName}. */
  static Optional<AnnexNumber> find(String text, String typeName) {
    if (typeName == null) {
      return Optional.empty();
    }
    Matcher m = ANNEX.matcher(text);
    while (m.find()) {
      if (m.group(1).toLowerCase(Locale.ROOT).equals(typeName.toLowerCase(Locale.ROOT))) {
        TextSpan span = new TextSpan(m.start(2), m.end(3));
        NumberLine number = m.group(4) == null ? null : NumberLine.of(m.group(2), m.group(3), span);
        return Optional.of(new AnnexNumber(number, DayGroups.day(m), span));
      }
    }
    return Optional.empty();
  }
}
