package io.github.vanban.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The score of a set of gold documents: each document's score and their sums.
 *
 * @param documents the documents' scores, in the order of the gold files
 */
public record Score(List<DocumentScore> documents) {

  /** Copies the list. */
  public Score {
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
  }

  /** Returns the summed counts of {@code category} over every document that scores it. */
  public Counts counts(Category category) {
    Counts sum = Counts.ZERO;
    for (DocumentScore d : documents) {
      sum = sum.plus(d.counts().getOrDefault(category, Counts.ZERO));
    }
    return sum;
  }

  /** Returns the summed counts of every category. */
  public Map<Category, Counts> counts() {
    Map<Category, Counts> out = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      out.put(c, counts(c));
    }
    return out;
  }

  /** Returns the header checks per field, in the order of {@link Scorer#HEADER_FIELDS}. */
  public Map<String, Tally> headerFields() {
    Map<String, Tally> out = new java.util.LinkedHashMap<>();
    for (String f : Scorer.HEADER_FIELDS) {
      Tally sum = Tally.ZERO;
      for (DocumentScore d : documents) {
        sum = sum.plus(d.header().getOrDefault(f, Tally.ZERO));
      }
      if (sum.total() > 0) {
        out.put(f, sum);
      }
    }
    return out;
  }

  /** Returns all header checks together. */
  public Tally header() {
    return headerFields().values().stream().reduce(Tally.ZERO, Tally::plus);
  }

  /** Returns the attribute checks by name ({@code metric.period}...). */
  public Map<String, Tally> attributes() {
    Map<String, Tally> out = new TreeMap<>();
    for (DocumentScore d : documents) {
      d.attributes().forEach((k, v) -> out.merge(k, v, Tally::plus));
    }
    return out;
  }

  /** Returns the documents that could not be analysed. */
  public List<String> missing() {
    return documents.stream().filter(d -> d.error() != null).map(DocumentScore::file).toList();
  }

  /**
   * Returns the figure a {@code --min} threshold names: a category's F1, {@code header} accuracy,
   * or an attribute's accuracy ({@code metric.period}); NaN when nothing was scored.
   *
   * @throws IllegalArgumentException when {@code name} names none of them
   */
  public double measure(String name) {
    if (name.equals("header")) {
      return header().accuracy();
    }
    if (name.contains(".")) {
      return attributes().getOrDefault(name, Tally.ZERO).accuracy();
    }
    return counts(Category.of(name)).f1();
  }
}
