package io.github.vanban.search.query;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Header;
import io.github.vanban.search.index.IndexFields;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The stored fields of a file document that make its {@link DocumentSummary}, and the summary read
 * back from them: one definition for every backend that stores the {@link IndexFields} names (the
 * local index, Solr), each passing how it reads one stored string.
 *
 * <p>Stateless and thread-safe.
 */
public final class SummaryFields {

  /** The header's stored fields, in the order of {@link Header}'s components. */
  private static final List<String> HEADER =
      List.of(
          IndexFields.NUMBER,
          IndexFields.TYPE,
          IndexFields.TYPE_NAME,
          IndexFields.ISSUER,
          IndexFields.ISSUER_PARENT,
          IndexFields.PLACE,
          IndexFields.ISSUED,
          IndexFields.SUBJECT,
          IndexFields.SIGNER,
          IndexFields.SIGNER_TITLE);

  /** The stored fields of a file document other than its (long) text; immutable. */
  public static final List<String> NAMES =
      concat(List.of(IndexFields.SOURCE, IndexFields.FORMAT, IndexFields.TITLE), HEADER);

  private SummaryFields() {}

  /**
   * Returns the summary of a file document.
   *
   * @param stored returns a stored field's string by its {@link IndexFields} name, or null when the
   *     document has none
   * @return the summary, its header null when the document stores none of the header's fields
   */
  public static DocumentSummary summary(Function<String, String> stored) {
    return new DocumentSummary(
        stored.apply(IndexFields.SOURCE),
        stored.apply(IndexFields.FORMAT),
        stored.apply(IndexFields.TITLE),
        header(stored));
  }

  /**
   * Returns the header stored in a file document.
   *
   * @param stored returns a stored field's string by its {@link IndexFields} name, or null when the
   *     document has none
   * @return the header, or null when the document stores none of its fields
   */
  public static Header header(Function<String, String> stored) {
    String[] values = new String[HEADER.size()];
    boolean any = false;
    for (int i = 0; i < values.length; i++) {
      values[i] = stored.apply(HEADER.get(i));
      any |= values[i] != null;
    }
    if (!any) {
      return null;
    }
    return new Header(
        values[0],
        values[1],
        values[2],
        values[3],
        values[4],
        values[5],
        DateValue.tryParse(values[6]).orElse(null),
        values[7],
        values[8],
        values[9]);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
