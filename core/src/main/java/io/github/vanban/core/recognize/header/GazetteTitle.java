package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of a text as the Official Gazette and the legal portals print it, without the
 * two-column header: the title, then the issuer, number and date in capitals, then the subject
 * ({@code CHỈ THỊ / CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT / NGÀY 30 THÁNG 12 NĂM
 * 2008 / VỀ ĐẨY MẠNH ...}), on one line or several. Immutable and thread-safe.
 *
 * @param number the number after {@code SỐ}
 * @param issuer the issuer after {@code CỦA}, in sentence case, or {@code null} when not named
 * @param issued the day after {@code NGÀY}, or {@code null} when not given
 * @param subject where the subject starts: the rest of a line, or the line after it
 */
record GazetteTitle(NumberLine number, String issuer, DateValue issued, TitleLine subject) {

  /** How many upper-case lines, the title's included, the heading spans. */
  private static final int MAX_LINES = 5;

  private static final Pattern HEADING =
      Pattern.compile(
          "^\\s*(?:CỦA\\s+(?<issuer>\\p{Lu}[^0-9]{2,150}?)\\s+)?SỐ\\s{0,2}:?\\s{0,3}"
              + "(?<serial>[0-9]{1,6})\\s{0,2}"
              + "(?<code>(?:/\\s?[0-9]{4}\\s?)?[/-]\\s?\\p{L}[\\p{L}0-9&.]{0,20}"
              + "(?:[-/][\\p{L}0-9&.]{1,20}){0,3})"
              + "(?:\\s*,?\\s*NGÀY\\s+(?<day>[0-9]{1,2})\\s*(?:THÁNG\\s+|[/-])(?<month>[0-9]{1,2})"
              + "\\s*(?:NĂM\\s+|[/-])(?<year>[0-9]{4}))?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Reads the heading that starts with {@code title}, or returns empty when the capitals after the
   * title do not give a number.
   */
  static Optional<GazetteTitle> find(List<HeaderLine> lines, TitleLine title) {
    if (title.index() < 0 || title.subjectStart() >= 0) {
      return Optional.empty();
    }
    Joined joined = Joined.of(lines, title);
    Matcher m = HEADING.matcher(joined.text());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    TextSpan span =
        new TextSpan(joined.offset(m.start("serial")), joined.offset(m.end("code") - 1) + 1);
    NumberLine number = NumberLine.of(m.group("serial"), m.group("code"), span);
    String issuer = m.group("issuer") == null ? null : SentenceCase.of(m.group("issuer").strip());
    return Optional.of(
        new GazetteTitle(
            number, issuer, DayGroups.day(m), joined.subjectAt(lines, title, m.end())));
  }

  /** The capitals after the title joined by spaces, with where each character stands. */
  private static final class Joined {

    private final String text;
    private final int[] offsets;
    private final int[] lineOf;

    private Joined(String text, int[] offsets, int[] lineOf) {
      this.text = text;
      this.offsets = offsets;
      this.lineOf = lineOf;
    }

    static Joined of(List<HeaderLine> lines, TitleLine title) {
      int end = title.index();
      int size = 0;
      while (end < Math.min(lines.size(), title.index() + MAX_LINES)) {
        HeaderLine line = lines.get(end);
        if (line.isBlank() || (end > title.index() && !line.isUpperCase())) {
          break;
        }
        size += line.text().length() + 1;
        end++;
      }
      StringBuilder text = new StringBuilder(size);
      int[] offsets = new int[size];
      int[] lineOf = new int[size];
      for (int i = title.index(); i < end; i++) {
        HeaderLine line = lines.get(i);
        int from = i == title.index() ? Math.min(title.title().length(), line.text().length()) : 0;
        for (int k = from; k <= line.text().length(); k++) {
          offsets[text.length()] = line.span().start() + k;
          lineOf[text.length()] = i;
          text.append(k < line.text().length() ? line.text().charAt(k) : ' ');
        }
      }
      return new Joined(text.toString(), offsets, lineOf);
    }

    String text() {
      return text;
    }

    int offset(int index) {
      return offsets[index];
    }

    /** The subject's start after {@code index}: inside its line, or the line after the last. */
    TitleLine subjectAt(List<HeaderLine> lines, TitleLine title, int index) {
      int i = index;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        int last = text.isEmpty() ? title.index() : lineOf[text.length() - 1];
        return new TitleLine(last, title.title(), -1);
      }
      int line = lineOf[i];
      return new TitleLine(line, title.title(), offsets[i] - lines.get(line).span().start());
    }
  }
}
