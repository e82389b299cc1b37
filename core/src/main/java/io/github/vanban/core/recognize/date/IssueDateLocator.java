package io.github.vanban.core.recognize.date;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place-and-date line of an official document's header ({@code Quảng Ninh, ngày 10 tháng
 * 7 năm 2024}): a place written in capitalised words, a comma, then {@code ngày} and the day, which
 * a draft leaves blank ({@code Lâm Đồng, ngày tháng 12 năm 2025}).
 *
 * <p>Only the first {@value #MAX_SENTENCES} sentences are searched, since the line stands in the
 * header. The place is the run of capitalised words (at most {@value #MAX_PLACE_WORDS}, an
 * abbreviation such as {@code TP.} allowed first) just before the comma, so a number or code before
 * it on the same line is not taken in. The day may run on past the sentence's end (a PDF may break
 * {@code ngày 28} from {@code tháng 02 năm 2025}). Immutable and thread-safe.
 */
public final class IssueDateLocator {

  /** How many sentences from the top are searched. */
  public static final int MAX_SENTENCES = 60;

  /** The most words a place name may have. */
  public static final int MAX_PLACE_WORDS = 6;

  /** How far after the comma the day is read. */
  private static final int DAY_WINDOW = 60;

  private static final Pattern COMMA_DAY =
      Pattern.compile(
          ",\\s{0,3}(?=ngày(?![\\p{L}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final DateRecognizer recognizer = new DateRecognizer();

  /**
   * The place and date of issue as written.
   *
   * @param place the place name ({@code Quảng Ninh})
   * @param placeSpan where the place stands
   * @param date the DAY mention of the issue date, or {@code null} when a draft leaves it blank
   */
  public record IssueLine(String place, TextSpan placeSpan, DateMention date) {

    /**
     * Checks the place is present.
     *
     * @param place the place name ({@code Quảng Ninh})
     * @param placeSpan where the place stands
     * @param date the DAY mention of the issue date, or {@code null} when a draft leaves it blank
     */
    public IssueLine {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(placeSpan, "placeSpan");
    }

    /**
     * Returns the year of the issue date, or empty when the date is blank.
     *
     * @return the year of {@link #date()}, or empty when the date is {@code null}
     */
    public Optional<Integer> year() {
      return date == null ? Optional.empty() : Optional.of(date.date().start().getYear());
    }
  }

  /**
   * Returns the first place-and-date line among the first sentences of {@code text}.
   *
   * @param text the document text
   * @param sentences its sentence spans in order
   * @return the line, or empty when the text has none
   */
  public Optional<IssueLine> locate(String text, List<TextSpan> sentences) {
    int limit = Math.min(sentences.size(), MAX_SENTENCES);
    for (int i = 0; i < limit; i++) {
      Optional<IssueLine> line = inSentence(text, sentences.get(i));
      if (line.isPresent()) {
        return line;
      }
    }
    return Optional.empty();
  }

  private Optional<IssueLine> inSentence(String text, TextSpan sentence) {
    Matcher comma = COMMA_DAY.matcher(text).region(sentence.start(), sentence.end());
    while (comma.find()) {
      int placeStart = PlaceWords.startBefore(text, comma.start(), sentence.start());
      if (placeStart < comma.start()) {
        TextSpan placeSpan = new TextSpan(placeStart, comma.start());
        DateMention day = dayAt(text, comma.end());
        return Optional.of(new IssueLine(placeSpan.of(text), placeSpan, day));
      }
    }
    return Optional.empty();
  }

  private DateMention dayAt(String text, int start) {
    String window = text.substring(start, Math.min(text.length(), start + DAY_WINDOW));
    return recognizer.recognize(window).stream()
        .filter(d -> d.span().start() == 0 && d.granularity() == Granularity.DAY)
        .findFirst()
        .map(d -> shift(d, start))
        .orElse(null);
  }

  private static DateMention shift(DateMention d, int offset) {
    TextSpan span = d.span().shift(offset);
    return new DateMention(d.text(), span, d.date());
  }
}
