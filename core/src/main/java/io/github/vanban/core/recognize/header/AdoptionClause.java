package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.recognize.date.DateRecognizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of adoption in the closing clause of a text a body votes ({@code Nghị quyết này được Ủy
 * ban Thường vụ Quốc hội ... thông qua ngày 16 tháng 10 năm 2025}): the date of issue of a
 * resolution or law whose header has no place-and-date line, as the legal portals print them. Only
 * a clause about the document itself ({@code ... này}) counts: another text's adoption, cited in
 * the body, does not. Stateless and thread-safe.
 */
final class AdoptionClause {

  /** The clause up to the date: the document itself, then its adoption. */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?:Nghị quyết|Luật|Bộ luật|Pháp lệnh|Nghị định|Quy chế|Quy định) này[^.;]{0,300}?thông"
              + " qua(?:\\s+vào)?\\s+(?=ngày(?![\\p{L}]))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far after {@code thông qua} the date is read. */
  private static final int DATE_WINDOW = 40;

  private static final DateRecognizer DATES = new DateRecognizer();

  private AdoptionClause() {}

  /** Returns the day of the last adoption clause of {@code text}, or empty. */
  static Optional<DateValue> date(String text) {
    Matcher m = CLAUSE.matcher(text);
    DateValue found = null;
    while (m.find()) {
      String window = text.substring(m.end(), Math.min(text.length(), m.end() + DATE_WINDOW));
      found =
          DATES.recognize(window).stream()
              .filter(d -> d.span().start() == 0 && d.granularity() == Granularity.DAY)
              .map(DateMention::date)
              .findFirst()
              .orElse(found);
    }
    return Optional.ofNullable(found);
  }
}
