package io.github.vanban.extract;

import io.github.vanban.core.model.ExtractedDocument;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one file format into an {@link ExtractedDocument}, and declares that format with the
 * signature that recognises it.
 *
 * <p>{@link Extractors#standard()} finds the extractors with {@link java.util.ServiceLoader}: an
 * implementation with a public no-argument constructor, named in a {@code
 * META-INF/services/io.github.vanban.extract.Extractor} file of a jar on the class path, adds its
 * format to vanban (docs/ARCHITECTURE.md, "Extending").
 *
 * <p>The caller owns the stream: an extractor reads it but never closes it. Implementations are
 * immutable and thread-safe.
 */
public interface Extractor {

  /**
   * Returns the format this extractor reads: its name, media type and the signature that recognises
   * it from the first bytes.
   *
   * @return the format, the same value on every call
   */
  FileFormat format();

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
