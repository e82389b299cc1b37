package io.github.vanban.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A file turned into text: the text, its blocks with offsets into it, metadata and warnings.
 *
 * <p>This is what every extractor returns and what the pipeline consumes. Immutable and
 * thread-safe.
 *
 * @param text the whole readable text, blocks separated by line breaks
 * @param blocks the structure of the text, in reading order
 * @param metadata format, pages and file properties
 * @param warnings problems met while reading that did not stop it, for a person to read
 * @param uncertain the words OCR read with low confidence, in text order; empty for text that was
 *     not recognised from images
 */
public record ExtractedDocument(
    String text,
    List<Block> blocks,
    DocumentMetadata metadata,
    List<String> warnings,
    List<UncertainWord> uncertain) {

  /**
   * Checks every block and uncertain word lies within the text and copies the lists.
   *
   * @param text the whole readable text, blocks separated by line breaks
   * @param blocks the structure of the text, in reading order
   * @param metadata format, pages and file properties
   * @param warnings problems met while reading that did not stop it, for a person to read
   * @param uncertain the words OCR read with low confidence, in text order; empty for text that was
   *     not recognised from images
   */
  public ExtractedDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
    uncertain = List.copyOf(uncertain);
    for (Block b : blocks) {
      if (b.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "block " + b.span() + " ends past the text length " + text.length());
      }
    }
    for (UncertainWord w : uncertain) {
      if (w.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "uncertain word " + w.span() + " ends past the text length " + text.length());
      }
    }
  }

  /**
   * A document whose text was read with full confidence (no OCR, or none in doubt).
   *
   * @param text the whole readable text, blocks separated by line breaks
   * @param blocks the structure of the text, in reading order
   * @param metadata format, pages and file properties
   * @param warnings problems met while reading that did not stop it, for a person to read
   */
  public ExtractedDocument(
      String text, List<Block> blocks, DocumentMetadata metadata, List<String> warnings) {
    this(text, blocks, metadata, warnings, List.of());
  }

  /**
   * A document of plain text with no known structure, such as a string handed to the API.
   *
   * @param text the whole text; not null
   * @return a document of format {@code txt} with no blocks, 0 pages and no warnings
   */
  public static ExtractedDocument ofText(String text) {
    return new ExtractedDocument(text, List.of(), DocumentMetadata.ofFormat("txt"), List.of());
  }
}
