package io.github.vanban.extract;

import io.github.vanban.core.model.ExtractedDocument;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one file format into an {@link ExtractedDocument}.
 *
 * <p>The caller owns the stream: an extractor reads it but never closes it. Implementations are
 * immutable and thread-safe.
 */
public interface Extractor {

  /**
   * Extracts the text, blocks, metadata and warnings of a document.
   *
   * @param in the document's bytes, not closed by this method
   * @param context limits and options for this extraction
   * @return the extracted document, with warnings for problems that did not stop it
   * @throws ExtractionException when the document cannot be read, with a reason code
   * @throws IOException when reading the stream fails
   */
  ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException;
}
