package io.github.vanban.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores one document's analysis (its {@code extract --json} object) against its gold file by the
 * rules of docs/EVALUATION.md. Stateless and thread-safe.
 */
public final class Scorer {

  /** The header fields that are scored. */
  public static final List<String> HEADER_FIELDS =
      List.of("number", "type", "issuer", "place", "issued", "subject", "signer");

  private static final int CONTEXT = 40;

  /**
   * Scores {@code prediction} against {@code gold}.
   *
   * @param gold the gold annotation and its scope
   * @param prediction the analysis JSON, or null when the document could not be analysed
   * @param error why it could not be analysed, or null
   * @return the counts, header and attribute checks and mismatches of the document
   */
  public DocumentScore score(GoldFile gold, JsonNode prediction, String error) {
    JsonNode g = gold.annotation();
    JsonNode p = prediction == null ? MissingNode.getInstance() : prediction;
    Map<Category, Counts> counts = new EnumMap<>(Category.class);
    List<Mismatch> mismatches = new ArrayList<>();
    for (Category c : gold.scope()) {
      counts.put(c, compare(c, items(g, c), items(p, c), p, mismatches));
    }
    Map<String, Tally> attributes = new TreeMap<>();
    List<String> attributeErrors = new ArrayList<>();
    if (gold.scope().contains(Category.REFERENCES)) {
      new AttributeCheck(Category.REFERENCES, MatchKeys::reference, "reference", "date", "relation")
          .run(g, p, attributes, attributeErrors);
    }
    if (gold.scope().contains(Category.METRICS)) {
      new AttributeCheck(Category.METRICS, MatchKeys::metric, "metric", "status", "period")
          .run(g, p, attributes, attributeErrors);
    }
    Map<String, Tally> header = new LinkedHashMap<>();
    List<String> headerErrors = new ArrayList<>();
    if (gold.headerInScope()) {
      header(g.get("header"), p.get("header"), header, headerErrors);
    }
    return new DocumentScore(
        gold.file(), error, counts, header, attributes, mismatches, headerErrors, attributeErrors);
  }

  private static List<JsonNode> items(JsonNode doc, Category c) {
    List<JsonNode> out = new ArrayList<>();
    Predicate<JsonNode> scored =
        switch (c) {
          case DATES -> MatchKeys::scoredDate;
          case FIGURES -> MatchKeys::scoredFigure;
          default -> n -> true;
        };
    for (JsonNode n : doc.path(c.key())) {
      if (scored.test(n)) {
        out.add(n);
      }
    }
    return out;
  }

  private static Function<JsonNode, String> key(Category c) {
    return switch (c) {
      case REFERENCES -> MatchKeys::reference;
      case DATES -> MatchKeys::date;
      case FIGURES -> MatchKeys::figure;
      case METRICS -> MatchKeys::metric;
    };
  }

  private static Counts compare(
      Category c, List<JsonNode> gold, List<JsonNode> found, JsonNode doc, List<Mismatch> out) {
    Function<JsonNode, String> key = key(c);
    Map<String, Deque<JsonNode>> pool = new LinkedHashMap<>();
    for (JsonNode f : found) {
      pool.computeIfAbsent(key.apply(f), k -> new ArrayDeque<>()).add(f);
    }
    int tp = 0;
    int fn = 0;
    for (JsonNode g : gold) {
      String k = key.apply(g);
      Deque<JsonNode> same = pool.get(k);
      if (same != null && !same.isEmpty()) {
        same.poll();
        tp++;
      } else {
        fn++;
        out.add(new Mismatch(c, true, k, goldContext(g)));
      }
    }
    int fp = 0;
    for (Map.Entry<String, Deque<JsonNode>> e : pool.entrySet()) {
      for (JsonNode extra : e.getValue()) {
        fp++;
        out.add(new Mismatch(c, false, e.getKey(), foundContext(extra, doc)));
      }
    }
    return new Counts(tp, fp, fn);
  }

  private static void header(
      JsonNode gold, JsonNode found, Map<String, Tally> out, List<String> errors) {
    if (gold == null || gold.isNull()) {
      return;
    }
    for (String f : HEADER_FIELDS) {
      String want = MatchKeys.text(gold, f);
      if (want == null) {
        continue;
      }
      String got = MatchKeys.text(found, f);
      boolean right = MatchKeys.header(f, want).equals(MatchKeys.header(f, got));
      out.put(f, Tally.of(right));
      if (!right) {
        errors.add(f + ": gold «" + want + "», found «" + got + "»");
      }
    }
  }

  private static String goldContext(JsonNode g) {
    String text = MatchKeys.text(g, "text");
    return text == null ? "" : text;
  }

  private static String foundContext(JsonNode item, JsonNode doc) {
    String text = MatchKeys.text(doc, "text");
    if (text == null || !item.has("start") || !item.has("end")) {
      return String.valueOf(MatchKeys.text(item, "text"));
    }
    int start = Math.max(0, Math.min(item.get("start").asInt(), text.length()));
    int end = Math.max(start, Math.min(item.get("end").asInt(), text.length()));
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    return (text.substring(from, start)
            + "["
            + text.substring(start, end)
            + "]"
            + text.substring(end, to))
        .replaceAll("\\s+", " ");
  }
}
