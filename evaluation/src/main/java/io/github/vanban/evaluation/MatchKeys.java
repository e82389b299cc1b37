package io.github.vanban.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keys by which a predicted finding matches a gold one (docs/EVALUATION.md): references by
 * their normalised number, dates by value, figures by kind, value, upper bound and unit, metrics by
 * indicator, value and unit, header fields by their text with case, spacing and tone placement
 * folded. Values are compared to ten significant digits.
 */
final class MatchKeys {

  /** Granularities of dates that are scored; bare years are not. */
  static final Set<String> SCORED_GRANULARITIES =
      Set.of("DAY", "MONTH", "QUARTER", "HALF", "PERIOD");

  private static final String[] SCALE_WORDS = {"nghìn", "ngàn", "triệu", "tỷ"};
  private static final String[] MEASURE_UNITS = {
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
    "điều dưỡng"
  };

  /** Old and new tone placement of the same syllables (hoà and hòa, uỷ and ủy). */
  private static final Map<String, String> TONE_PLACEMENT =
      Map.ofEntries(
          Map.entry("oà", "òa"),
          Map.entry("oá", "óa"),
          Map.entry("oả", "ỏa"),
          Map.entry("oã", "õa"),
          Map.entry("oạ", "ọa"),
          Map.entry("oè", "òe"),
          Map.entry("oé", "óe"),
          Map.entry("oẻ", "ỏe"),
          Map.entry("oẽ", "õe"),
          Map.entry("oẹ", "ọe"),
          Map.entry("uỳ", "ùy"),
          Map.entry("uý", "úy"),
          Map.entry("uỷ", "ủy"),
          Map.entry("uỹ", "ũy"),
          Map.entry("uỵ", "ụy"));

  private MatchKeys() {}

  static String reference(JsonNode r) {
    return number(text(r, "number"));
  }

  static String number(String number) {
    String s = nfc(number == null ? "" : number).toUpperCase(Locale.ROOT);
    s = s.replace('Đ', 'D').replace('Ð', 'D').replaceAll("\\s+", "");
    s = s.replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    return s.replaceFirst("^0+(?=\\d)", "");
  }

  static boolean scoredDate(JsonNode d) {
    return SCORED_GRANULARITIES.contains(text(d, "granularity"));
  }

  static String date(JsonNode d) {
    return String.valueOf(text(d, "value"));
  }

  static boolean scoredFigure(JsonNode f) {
    String kind = String.valueOf(text(f, "kind"));
    if (kind.equals("PERCENT") || kind.equals("MONEY") || kind.equals("MULTIPLE")) {
      return true;
    }
    if (!kind.equals("QUANTITY")) {
      return false;
    }
    String unit = lower(text(f, "unit"));
    String written = lower(text(f, "text"));
    for (String w : SCALE_WORDS) {
      if (written.contains(w)) {
        return true;
      }
    }
    for (String m : MEASURE_UNITS) {
      if (unit.startsWith(m)) {
        return true;
      }
    }
    return false;
  }

  static String figure(JsonNode f) {
    String kind = text(f, "kind");
    return kind + "|" + value(f.get("value")) + "|" + value(f.get("max")) + "|" + unit(kind, f);
  }

  static String metric(JsonNode m) {
    JsonNode f = m.has("figure") ? m.get("figure") : m;
    String kind = text(f, "kind");
    return text(m, "indicator") + "|" + value(f.get("value")) + "|" + unit(kind, f);
  }

  static String header(String field, String v) {
    if (v == null) {
      return null;
    }
    if (field.equals("number")) {
      return number(v);
    }
    String s = nfc(v).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : TONE_PLACEMENT.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    return s.replaceAll("\\.\\s+", ".");
  }

  /** Returns a string field of {@code node}, or null when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String value(JsonNode v) {
    if (v == null || v.isNull() || !v.isNumber()) {
      return "null";
    }
    double d = v.asDouble();
    if (d == 0) {
      return "0";
    }
    return BigDecimal.valueOf(d).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }

  private static String unit(String kind, JsonNode f) {
    String u = nfc(String.valueOf(text(f, "unit") == null ? "" : text(f, "unit"))).strip();
    return "MONEY".equals(kind) ? u.toUpperCase(Locale.ROOT) : u.toLowerCase(Locale.ROOT);
  }

  private static String lower(String s) {
    return s == null ? "" : nfc(s).toLowerCase(Locale.ROOT);
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
