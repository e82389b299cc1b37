package io.github.vanban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Comparison keys for mentions in OUTPUT.md JSON, the same as the shared scorer's: numbers compared
 * without case, spaces, leading zeros or the Đ/D difference; values to ten significant digits; only
 * the scored date granularities and figure kinds.
 */
final class MentionKeys {

  private static final Set<String> SCORED_GRANULARITIES =
      Set.of("DAY", "MONTH", "QUARTER", "HALF", "PERIOD");
  private static final List<String> SCALE_WORDS = List.of("nghìn", "ngàn", "triệu", "tỷ");
  private static final List<String> MEASURE_UNITS =
      List.of(
          "tấn",
          "kwh",
          "mw",
          "ha",
          "km",
          "m2",
          "m3",
          "lượt",
          "tuổi",
          "giường",
          "bác sỹ",
          "bác sĩ",
          "dược sỹ",
          "dược sĩ",
          "điều dưỡng");

  private MentionKeys() {}

  /** The categories compared, as named in OUTPUT.md. */
  static final List<String> CATEGORIES = List.of("references", "dates", "figures", "metrics");

  /** Returns the keys of one category of a document; {@code expected} keeps every entry. */
  static List<String> keys(JsonNode doc, String category, boolean expected) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : doc.path(category)) {
      switch (category) {
        case "references" -> out.add(numberKey(item.path("number").asText("")));
        case "dates" -> {
          if (expected || SCORED_GRANULARITIES.contains(item.path("granularity").asText())) {
            out.add(item.path("value").asText());
          }
        }
        case "figures" -> {
          if (expected || scored(item)) {
            out.add(figureKey(item));
          }
        }
        case "metrics" -> {
          JsonNode f = item.path("figure");
          out.add(
              item.path("indicator").asText()
                  + "|"
                  + value(f.path("value"))
                  + "|"
                  + unit(f.path("kind").asText(), f.path("unit").asText("")));
        }
        default -> throw new IllegalArgumentException("unknown category " + category);
      }
    }
    return out;
  }

  /** Returns the matching key of a document number. */
  static String numberKey(String number) {
    String s = nfc(number).toUpperCase(Locale.ROOT).replace('Đ', 'D').replace('Ð', 'D');
    s = s.replaceAll("\\s+", "").replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    return s.replaceFirst("^0+(?=\\d)", "");
  }

  /** Returns a header field value normalised for comparison. */
  static String headerValue(String field, JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (field.equals("number")) {
      return numberKey(v.asText());
    }
    String s = nfc(v.asText()).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    String[][] tones = {
      {"oà", "òa"},
      {"oá", "óa"},
      {"oả", "ỏa"},
      {"oã", "õa"},
      {"oạ", "ọa"},
      {"uỳ", "ùy"},
      {"uý", "úy"},
      {"uỷ", "ủy"},
      {"uỹ", "ũy"},
      {"uỵ", "ụy"}
    };
    for (String[] t : tones) {
      s = s.replace(t[0], t[1]);
    }
    return s.replaceAll("\\.\\s+", ".");
  }

  private static boolean scored(JsonNode f) {
    String kind = f.path("kind").asText();
    if (kind.equals("PERCENT") || kind.equals("MONEY") || kind.equals("MULTIPLE")) {
      return true;
    }
    if (!kind.equals("QUANTITY")) {
      return false;
    }
    String u = nfc(f.path("unit").asText("")).toLowerCase(Locale.ROOT);
    String text = nfc(f.path("text").asText("")).toLowerCase(Locale.ROOT);
    return SCALE_WORDS.stream().anyMatch(text::contains)
        || MEASURE_UNITS.stream().anyMatch(u::startsWith);
  }

  private static String figureKey(JsonNode f) {
    String kind = f.path("kind").asText();
    return kind
        + "|"
        + value(f.path("value"))
        + "|"
        + value(f.path("max"))
        + "|"
        + unit(kind, f.path("unit").asText(""));
  }

  private static String value(JsonNode v) {
    if (v.isMissingNode() || v.isNull()) {
      return "null";
    }
    BigDecimal d = new BigDecimal(v.asText());
    return d.signum() == 0 ? "0" : d.round(new MathContext(10)).stripTrailingZeros().toString();
  }

  private static String unit(String kind, String unit) {
    String u = nfc(unit).strip().toLowerCase(Locale.ROOT);
    return kind.equals("MONEY") ? u.toUpperCase(Locale.ROOT) : u;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
