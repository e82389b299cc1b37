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

  /**
   * Copies the list.
   *
   * @param documents the documents' scores, in the order of the gold files
   */
  public Score {
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
  }

  /**
   * Returns the summed counts of {@code category} over every document that scores it.
   *
   * @param category the category to sum
   * @return the summed true positives, false positives and false negatives
   */
  public Counts counts(Category category) {
    Counts sum = Counts.ZERO;
    for (DocumentScore d : documents) {
      sum = sum.plus(d.counts().getOrDefault(category, Counts.ZERO));
    }
    return sum;
  }

  /**
   * Returns the summed counts of every category.
   *
   * @return the counts of each category, zero for a category no document scores
   */
  public Map<Category, Counts> counts() {
    Map<Category, Counts> out = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      out.put(c, counts(c));
    }
    return out;
  }

  /**
   * Returns the header checks per field, in the order of {@link Scorer#HEADER_FIELDS}.
   *
   * @return field name to its right and total checks; a field never checked is left out
   */
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

  /**
   * Returns all header checks together.
   *
   * @return the right and total checks of every header field together
   */
  public Tally header() {
    return headerFields().values().stream().reduce(Tally.ZERO, Tally::plus);
  }

  /**
   * Returns the attribute checks by name ({@code metric.period}...).
   *
   * @return attribute name to its right and total checks, sorted by name
   */
  public Map<String, Tally> attributes() {
    Map<String, Tally> out = new TreeMap<>();
    for (DocumentScore d : documents) {
      d.attributes().forEach((k, v) -> out.merge(k, v, Tally::plus));
    }
    return out;
  }

  /**
   * Returns the documents that could not be analysed.
   *
   * @return the file names of the documents that failed, in document order
   */
  public List<String> missing() {
    return documents.stream().filter(d -> d.error() != null).map(DocumentScore::file).toList();
  }

  /**
   * Returns the figure a {@code --min} threshold names: a category's F1, {@code header} accuracy,
   * or an attribute's accuracy ({@code metric.period}); NaN when nothing was scored.
   *
   * @param name a category key, {@code header}, or an attribute name
   * @return the F1 or accuracy in {@code [0, 1]}, or NaN
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
