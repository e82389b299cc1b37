package io.github.vanban.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one gold document.
 *
 * @param file the document, relative to the corpus folder
 * @param error why the document could not be analysed, or null
 * @param counts per category in the gold's scope
 * @param header per header field the gold gives, whether the pipeline agreed
 * @param attributes per attribute ({@code reference.relation}...), over matched items
 * @param mismatches every miss and extra
 * @param headerErrors each header field the pipeline got wrong, with the gold and found values
 * @param attributeErrors each attribute of a matched item the pipeline got wrong, with its context
 */
public record DocumentScore(
    String file,
    String error,
    Map<Category, Counts> counts,
    Map<String, Tally> header,
    Map<String, Tally> attributes,
    List<Mismatch> mismatches,
    List<String> headerErrors,
    List<String> attributeErrors) {

  /**
   * Checks the fields and copies the collections.
   *
   * @param file the document, relative to the corpus folder
   * @param error why the document could not be analysed, or null
   * @param counts per category in the gold's scope
   * @param header per header field the gold gives, whether the pipeline agreed
   * @param attributes per attribute ({@code reference.relation}...), over matched items
   * @param mismatches every miss and extra
   * @param headerErrors each header field the pipeline got wrong, with the gold and found values
   * @param attributeErrors each attribute of a matched item the pipeline got wrong, with its
   *     context
   */
  public DocumentScore {
    Objects.requireNonNull(file, "file");
    counts = Map.copyOf(counts);
    header = Map.copyOf(header);
    attributes = Map.copyOf(attributes);
    mismatches = List.copyOf(mismatches);
    headerErrors = List.copyOf(headerErrors);
    attributeErrors = List.copyOf(attributeErrors);
  }
}
