package io.github.vanban.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vanban.core.text.TonePlacement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The keys by which a predicted finding matches a gold one (docs/EVALUATION.md): references by
 * their normalised number, dates by value, figures by kind, value, upper bound and unit, metrics by
 * indicator, value and unit, header fields by their text with case, spacing and tone placement
 * folded. Values are compared to ten significant digits. Public so that tests elsewhere compare
 * findings as the scorer does.
 */
public final class MatchKeys {

  /** Granularities of dates that are scored; bare years are not. */
  public static final Set<String> SCORED_GRANULARITIES =
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

  private MatchKeys() {}

  /**
   * Returns the key of a reference.
   *
   * @param r a reference of the JSON output or of a gold file
   * @return its number, normalised
   */
  public static String reference(JsonNode r) {
    return number(text(r, "number"));
  }

  /**
   * Returns the key of a document number: upper case, without spaces or leading zeros, Đ as D.
   *
   * @param number the number as written; {@code null} counts as empty
   * @return the key
   */
  public static String number(String number) {
    String s = nfc(number == null ? "" : number).toUpperCase(Locale.ROOT);
    s = s.replace('Đ', 'D').replace('Ð', 'D').replaceAll("\\s+", "");
    s = s.replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    return s.replaceFirst("^0+(?=\\d)", "");
  }

  /**
   * Returns whether a date is scored: bare years are not.
   *
   * @param d a date of the JSON output or of a gold file
   * @return true for the scored granularities
   */
  public static boolean scoredDate(JsonNode d) {
    return SCORED_GRANULARITIES.contains(text(d, "granularity"));
  }

  /**
   * Returns the key of a date.
   *
   * @param d a date of the JSON output or of a gold file
   * @return its value
   */
  public static String date(JsonNode d) {
    return String.valueOf(text(d, "value"));
  }

  /**
   * Returns whether a figure is scored: percentages, money and multiples, and quantities with a
   * scale word or a unit of measure.
   *
   * @param f a figure of the JSON output or of a gold file
   * @return true when it is scored
   */
  public static boolean scoredFigure(JsonNode f) {
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

  /**
   * Returns the key of a figure.
   *
   * @param f a figure of the JSON output or of a gold file
   * @return kind, value, upper bound and unit
   */
  public static String figure(JsonNode f) {
    String kind = text(f, "kind");
    return kind + "|" + value(f.get("value")) + "|" + value(f.get("max")) + "|" + unit(kind, f);
  }

  /**
   * Returns the key of a metric.
   *
   * @param m a metric of the JSON output (its figure nested) or of a gold file (flat)
   * @return indicator, value and unit
   */
  public static String metric(JsonNode m) {
    JsonNode f = m.has("figure") ? m.get("figure") : m;
    String kind = text(f, "kind");
    return text(m, "indicator") + "|" + value(f.get("value")) + "|" + unit(kind, f);
  }

  /**
   * Returns the key of a header field's value.
   *
   * @param field the field's name ({@code number}, {@code issuer}...)
   * @param v its value, or {@code null}
   * @return the number's key for {@code number}; else the text with case, spacing, tone placement
   *     and the space after a full stop folded; {@code null} for a {@code null} value
   */
  public static String header(String field, String v) {
    if (v == null) {
      return null;
    }
    if (field.equals("number")) {
      return number(v);
    }
    String s = nfc(v).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    return TonePlacement.toNew(s).replaceAll("\\.\\s+", ".");
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
