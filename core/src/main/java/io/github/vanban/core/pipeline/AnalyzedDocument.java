package io.github.vanban.core.pipeline;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.TextSpan;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A document with the layers the pipeline's stages have added so far.
 *
 * <p>Immutable and thread-safe: each {@code with...} method returns a new document with one layer
 * set and recorded in {@link #layers()}. Lists are never null; {@code header} is {@code null} when
 * the text is not an official document.
 *
 * @param text the text all spans point into
 * @param blocks the extracted structure, spans into {@code text}
 * @param metadata format, pages and file properties
 * @param warnings problems met while reading or analysing
 * @param sentences sentence spans in order
 * @param tokens token spans in order
 * @param references document numbers cited by the text
 * @param dates dates, months, quarters, halves, years and periods
 * @param figures figures
 * @param metrics figures bound to indicators
 * @param header the official header, or {@code null}
 * @param layers the layers present
 */
public record AnalyzedDocument(
    String text,
    List<Block> blocks,
    DocumentMetadata metadata,
    List<String> warnings,
    List<TextSpan> sentences,
    List<TextSpan> tokens,
    List<DocumentNumber> references,
    List<DateMention> dates,
    List<Figure> figures,
    List<Metric> metrics,
    Header header,
    Set<Layer> layers) {

  /**
   * Copies every list and the layer set.
   *
   * @param text the text all spans point into
   * @param blocks the extracted structure, spans into {@code text}
   * @param metadata format, pages and file properties
   * @param warnings problems met while reading or analysing
   * @param sentences sentence spans in order
   * @param tokens token spans in order
   * @param references document numbers cited by the text
   * @param dates dates, months, quarters, halves, years and periods
   * @param figures figures
   * @param metrics figures bound to indicators
   * @param header the official header, or {@code null}
   * @param layers the layers present
   */
  public AnalyzedDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    references = List.copyOf(references);
    dates = List.copyOf(dates);
    figures = List.copyOf(figures);
    metrics = List.copyOf(metrics);
    layers = Set.copyOf(layers);
  }

  /**
   * Starts an analysis of an extracted document: no layer present yet.
   *
   * @param document the extracted text, blocks, metadata and warnings
   * @return a document with empty layer lists, no header and no layer marked present
   */
  public static AnalyzedDocument of(ExtractedDocument document) {
    return new AnalyzedDocument(
        document.text(),
        document.blocks(),
        document.metadata(),
        document.warnings(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        Set.of());
  }

  private Set<Layer> plus(Layer layer) {
    Set<Layer> next = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    next.add(layer);
    return next;
  }

  /**
   * Returns a copy with new text and blocks (spans already moved to the new text).
   *
   * @param newText the normalised text
   * @param newBlocks the blocks with spans into {@code newText}
   * @return a new document with {@code NORMALIZED_TEXT} marked present, the other layers unchanged
   */
  public AnalyzedDocument withNormalizedText(String newText, List<Block> newBlocks) {
    return new AnalyzedDocument(
        newText,
        newBlocks,
        metadata,
        warnings,
        sentences,
        tokens,
        references,
        dates,
        figures,
        metrics,
        header,
        plus(Layer.NORMALIZED_TEXT));
  }

  /**
   * Returns a copy with the sentence layer set.
   *
   * @param value the sentence spans in text order
   * @return a new document with {@code SENTENCES} marked present
   */
  public AnalyzedDocument withSentences(List<TextSpan> value) {
    return new AnalyzedDocument(
        text,
        blocks,
        metadata,
        warnings,
        value,
        tokens,
        references,
        dates,
        figures,
        metrics,
        header,
        plus(Layer.SENTENCES));
  }

  /**
   * Returns a copy with the token layer set.
   *
   * @param value the token spans in text order
   * @return a new document with {@code TOKENS} marked present
   */
  public AnalyzedDocument withTokens(List<TextSpan> value) {
    return new AnalyzedDocument(
        text,
        blocks,
        metadata,
        warnings,
        sentences,
        value,
        references,
        dates,
        figures,
        metrics,
        header,
        plus(Layer.TOKENS));
  }

  /**
   * Returns a copy with the reference layer set.
   *
   * @param value the cited document numbers in text order
   * @return a new document with {@code REFERENCES} marked present
   */
  public AnalyzedDocument withReferences(List<DocumentNumber> value) {
    return new AnalyzedDocument(
        text,
        blocks,
        metadata,
        warnings,
        sentences,
        tokens,
        value,
        dates,
        figures,
        metrics,
        header,
        plus(Layer.REFERENCES));
  }

  /**
   * Returns a copy with the date layer set.
   *
   * @param value the date mentions in text order
   * @return a new document with {@code DATES} marked present
   */
  public AnalyzedDocument withDates(List<DateMention> value) {
    return new AnalyzedDocument(
        text,
        blocks,
        metadata,
        warnings,
        sentences,
        tokens,
        references,
        value,
        figures,
        metrics,
        header,
        plus(Layer.DATES));
  }

  /**
   * Returns a copy with the figure layer set.
   *
   * @param value the figures in text order
   * @return a new document with {@code FIGURES} marked present
   */
  public AnalyzedDocument withFigures(List<Figure> value) {
    return new AnalyzedDocument(
        text,
        blocks,
        metadata,
        warnings,
        sentences,
        tokens,
        references,
        dates,
        value,
        metrics,
        header,
        plus(Layer.FIGURES));
  }

  /**
   * Returns a copy with the metric layer set.
   *
   * @param value the metrics in text order
   * @return a new document with {@code METRICS} marked present
   */
  public AnalyzedDocument withMetrics(List<Metric> value) {
    return new AnalyzedDocument(
        text,
        blocks,
        metadata,
        warnings,
        sentences,
        tokens,
        references,
        dates,
        figures,
        value,
        header,
        plus(Layer.METRICS));
  }

  /**
   * Returns a copy with the header layer set ({@code value} may be {@code null}).
   *
   * @param value the official header, or {@code null} when the document has none
   * @return a new document with {@code HEADER} marked present
   */
  public AnalyzedDocument withHeader(Header value) {
    return new AnalyzedDocument(
        text,
        blocks,
        metadata,
        warnings,
        sentences,
        tokens,
        references,
        dates,
        figures,
        metrics,
        value,
        plus(Layer.HEADER));
  }

  /**
   * Returns the sentence containing {@code offset}, or the whole text when there is none.
   *
   * @param offset a UTF-16 offset into {@link #text()}
   * @return the sentence span holding {@code offset}, or {@code [0, text.length())}
   */
  public TextSpan sentenceAt(int offset) {
    return TextSpan.holding(sentences, offset, text.length());
  }
}
