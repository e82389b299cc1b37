package io.github.vanban.search;

import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.IndexedDocument;
import java.io.IOException;
import java.util.Optional;

/**
 * One indexed file by its source, whichever engine holds it: what the document page of {@code
 * vanban serve} reads, part of the read-only port {@link IndexQueries}.
 *
 * <p>The local index ({@link io.github.vanban.search.query.Index}), Solr and OpenSearch adapters
 * implement it with the same records, so a file reads the same from each. Implementations are
 * thread-safe.
 */
public interface DocumentStore {

  /**
   * Returns the file indexed under {@code source}, with its stored text, or empty.
   *
   * @param source the file's path relative to the indexed root, {@code /}-separated, as queries
   *     return it
   * @return the file's summary, page count and text, or empty when it is not indexed
   * @throws IOException when the index or engine cannot be read
   */
  Optional<IndexedDocument> document(String source) throws IOException;

  /**
   * Returns the summary (format, title, header) of the file indexed under {@code source}, without
   * its text, or empty.
   *
   * @param source the file's path relative to the indexed root, {@code /}-separated, as queries
   *     return it
   * @return the file's summary, or empty when it is not indexed
   * @throws IOException when the index or engine cannot be read
   */
  Optional<DocumentSummary> summary(String source) throws IOException;
}
