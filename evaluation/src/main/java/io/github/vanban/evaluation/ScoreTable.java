package io.github.vanban.evaluation;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a {@link Score} for people: a line per category with precision, recall, F1 and counts, the
 * header accuracy by field, attribute accuracy, the missing documents and, when verbose, every miss
 * and extra by document. Thread-safe.
 */
public final class ScoreTable {

  /**
   * Prints {@code score} on {@code out}.
   *
   * @param score the scores to print
   * @param verbose whether every miss and extra is listed by document
   * @param out where the table is printed; neither flushed nor closed
   */
  public void print(Score score, boolean verbose, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-12s %7s %7s %7s %6s %6s %6s%n",
        "category",
        "P",
        "R",
        "F1",
        "tp",
        "fp",
        "fn");
    for (Map.Entry<Category, Counts> e : score.counts().entrySet()) {
      Counts c = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-12s %7.3f %7.3f %7.3f %6d %6d %6d%n",
          e.getKey().key(),
          c.precision(),
          c.recall(),
          c.f1(),
          c.tp(),
          c.fp(),
          c.fn());
    }
    Tally h = score.header();
    out.printf(
        Locale.ROOT,
        "header accuracy %s (%d/%d) %s%n",
        h.total() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", h.accuracy()),
        h.right(),
        h.total(),
        fields(score.headerFields()));
    out.println("attributes " + accuracies(score.attributes()));
    if (!score.missing().isEmpty()) {
      out.println("missing or failed: " + String.join(", ", score.missing()));
    }
    if (verbose) {
      for (DocumentScore d : score.documents()) {
        printMismatches(d, out);
      }
    }
  }

  private static void printMismatches(DocumentScore d, PrintWriter out) {
    if (d.error() != null) {
      out.println();
      out.println(d.file() + ": " + d.error());
    }
    for (Category c : Category.values()) {
      var mine = d.mismatches().stream().filter(m -> m.category() == c).toList();
      if (mine.isEmpty()) {
        continue;
      }
      out.println();
      out.println(d.file() + " " + c.key());
      for (Mismatch m : mine) {
        out.println(
            "  " + (m.missed() ? "missed " : "extra  ") + m.key() + "  « " + m.context() + " »");
      }
    }
    for (String e : d.headerErrors()) {
      out.println(d.file() + " header " + e);
    }
    for (String e : d.attributeErrors()) {
      out.println(d.file() + " " + e);
    }
  }

  private static String fields(Map<String, Tally> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().right() + "/" + e.getValue().total())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String accuracies(Map<String, Tally> attributes) {
    return attributes.entrySet().stream()
        .filter(e -> e.getValue().total() > 0)
        .map(
            e ->
                String.format(
                    Locale.ROOT,
                    "%s %.3f (%d/%d)",
                    e.getKey(),
                    e.getValue().accuracy(),
                    e.getValue().right(),
                    e.getValue().total()))
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
