package io.github.vanban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vanban.evaluation.MatchKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of one category of findings in OUTPUT.md JSON, as the scorer ({@link MatchKeys}) forms
 * them; an expectation keeps every entry, the output only the scored dates and figures.
 */
final class MentionKeys {

  private MentionKeys() {}

  /** The categories compared, as named in OUTPUT.md. */
  static final List<String> CATEGORIES = List.of("references", "dates", "figures", "metrics");

  /** Returns the keys of one category of a document; {@code expected} keeps every entry. */
  static List<String> keys(JsonNode doc, String category, boolean expected) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : doc.path(category)) {
      switch (category) {
        case "references" -> out.add(MatchKeys.reference(item));
        case "dates" -> {
          if (expected || MatchKeys.scoredDate(item)) {
            out.add(MatchKeys.date(item));
          }
        }
        case "figures" -> {
          if (expected || MatchKeys.scoredFigure(item)) {
            out.add(MatchKeys.figure(item));
          }
        }
        case "metrics" -> out.add(MatchKeys.metric(item));
        default -> throw new IllegalArgumentException("unknown category " + category);
      }
    }
    return out;
  }

  /** Returns a header field value normalised for comparison, {@code null} when absent. */
  static String headerValue(String field, JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode()
        ? null
        : MatchKeys.header(field, v.asText());
  }
}
