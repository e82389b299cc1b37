package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.HeaderField;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import io.github.vanban.core.recognize.date.IssueDateLocator;
import io.github.vanban.core.text.TonePlacement;
import io.github.vanban.core.text.WordCharacters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each header field read from words OCR was unsure of a confidence below 1: the lowest
 * confidence of those words. A warning names each such field and quotes the words.
 *
 * <p>Where a field was read from: the number from its {@code Số:} line, the date of issue from the
 * place-and-date line, the type from the number's code and from the title; the issuer and the
 * subject where their words stand in the top lines of the header, the signer where the name last
 * stands in the text. A field whose words are not found as written (a repaired or expanded issuer)
 * takes the uncertain words of its region that are one of its words. No field is left out for being
 * uncertain: the recognisers already read nothing from garbage (a number line without digits, a
 * date of misread digits, a signer's name holding a digit or a symbol).
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderConfidence {

  /** The result: the header with its confidences, and one warning per uncertain field. */
  record Reading(Header header, List<String> warnings) {}

  private HeaderConfidence() {}

  /**
   * Rates the fields of {@code header}.
   *
   * @param text the normalised text the header was read from
   * @param header the header, not null
   * @param uncertain the words OCR read with low confidence, spans into {@code text}
   * @param numberSpan where the own number stands, if found
   * @param issue the place-and-date line, if found
   * @return the header with its confidences and the warnings; the header unchanged when no field
   *     was read from an uncertain word
   */
  static Reading rate(
      String text,
      Header header,
      List<UncertainWord> uncertain,
      Optional<TextSpan> numberSpan,
      Optional<IssueDateLocator.IssueLine> issue) {
    if (uncertain.isEmpty()) {
      return new Reading(header, List.of());
    }
    TextSpan top = new TextSpan(0, topEnd(text));
    Map<HeaderField, List<UncertainWord>> read = new EnumMap<>(HeaderField.class);
    if (header.number() != null) {
      numberSpan.ifPresent(span -> read.put(HeaderField.NUMBER, overlapping(uncertain, span)));
    }
    if (header.issued() != null) {
      issue
          .map(IssueDateLocator.IssueLine::date)
          .ifPresent(date -> read.put(HeaderField.ISSUED, overlapping(uncertain, date.span())));
    }
    if (header.type() != null) {
      List<UncertainWord> type = new ArrayList<>();
      numberSpan.ifPresent(
          span ->
              overlapping(uncertain, span).stream()
                  .filter(w -> folded(w.span().of(text)).contains(folded(header.type())))
                  .forEach(type::add));
      if (header.typeName() != null) {
        type.addAll(words(text, header.typeName(), top, uncertain, false));
      }
      read.put(HeaderField.TYPE, type);
    }
    if (header.issuer() != null) {
      read.put(HeaderField.ISSUER, words(text, header.issuer(), top, uncertain, false));
    }
    if (header.subject() != null) {
      read.put(HeaderField.SUBJECT, words(text, header.subject(), top, uncertain, false));
    }
    if (header.signer() != null) {
      TextSpan all = new TextSpan(0, text.length());
      read.put(HeaderField.SIGNER, words(text, header.signer(), all, uncertain, true));
    }
    Map<HeaderField, Double> confidence = new EnumMap<>(HeaderField.class);
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<HeaderField, List<UncertainWord>> e : read.entrySet()) {
      List<UncertainWord> words = e.getValue();
      if (words.isEmpty()) {
        continue;
      }
      String quoted = quote(text, words);
      confidence.put(
          e.getKey(), words.stream().mapToDouble(UncertainWord::confidence).min().orElse(1));
      warnings.add(
          "header." + e.getKey().jsonName() + " read from uncertain OCR text: \"" + quoted + "\"");
    }
    return new Reading(header.withConfidence(confidence), warnings);
  }

  /** The end of the header's top lines. */
  private static int topEnd(String text) {
    int end = 0;
    for (int line = 0; line < HeaderRecognizer.TOP_LINES; line++) {
      int next = text.indexOf('\n', end);
      if (next < 0) {
        return text.length();
      }
      end = next + 1;
    }
    return end;
  }

  /**
   * The uncertain words a field's value was read from: those within where the value stands as
   * written in {@code region} (its last occurrence when {@code last}), or else those of the region
   * that are one of the value's words.
   */
  private static List<UncertainWord> words(
      String text, String value, TextSpan region, List<UncertainWord> uncertain, boolean last) {
    Optional<TextSpan> written = find(text, value, region, last);
    if (written.isPresent()) {
      return overlapping(uncertain, written.get());
    }
    Set<String> tokens = new LinkedHashSet<>(tokens(value));
    return uncertain.stream()
        .filter(w -> region.contains(w.span()))
        .filter(w -> tokens(w.span().of(text)).stream().anyMatch(tokens::contains))
        .toList();
  }

  /** Where {@code value} stands in {@code region}, its words apart by spaces or punctuation. */
  private static Optional<TextSpan> find(String text, String value, TextSpan region, boolean last) {
    List<String> tokens = tokens(value);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    String regex =
        String.join("[^\\p{L}\\p{M}\\p{N}]+", tokens.stream().map(TonePlacement::regex).toList());
    Matcher m =
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text)
            .region(region.start(), region.end());
    TextSpan found = null;
    while (m.find()) {
      found = new TextSpan(m.start(), m.end());
      if (!last) {
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  private static List<UncertainWord> overlapping(List<UncertainWord> uncertain, TextSpan span) {
    return uncertain.stream().filter(w -> w.span().overlaps(span)).toList();
  }

  /** The words of {@code value}, lower case in the new tone placement. */
  private static List<String> tokens(String value) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= value.length(); i++) {
      if (i < value.length() && WordCharacters.isWordChar(value.charAt(i))) {
        token.append(value.charAt(i));
      } else if (!token.isEmpty()) {
        tokens.add(folded(token.toString()));
        token.setLength(0);
      }
    }
    return tokens;
  }

  private static String folded(String s) {
    return TonePlacement.toNew(s.toLowerCase(Locale.ROOT));
  }

  private static String quote(String text, List<UncertainWord> words) {
    return String.join(" ", words.stream().map(w -> w.span().of(text)).distinct().toList());
  }
}
