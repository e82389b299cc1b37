package io.github.vanban.core.pipeline;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A document with the layers the pipeline's stages have added so far: the text, its blocks, its
 * metadata and warnings, and an open store of layer values keyed by {@link LayerKey}.
 *
 * <p>Immutable and thread-safe: {@link #with(LayerKey, Object)} returns a new document with one
 * layer set and recorded in {@link #layers()}. A layer that is absent reads as its key's {@link
 * LayerKey#empty() empty value}: lists are empty, never null; the header is {@code null} when the
 * text is not an official document. The named accessors ({@link #sentences()}, {@link #header()}
 * ...) read the built-in layers through the same store.
 */
public final class AnalyzedDocument {

  private final String text;
  private final List<Block> blocks;
  private final DocumentMetadata metadata;
  private final List<String> warnings;
  private final List<UncertainWord> uncertain;
  private final Map<LayerKey<?>, Object> values;

  private AnalyzedDocument(
      String text,
      List<Block> blocks,
      DocumentMetadata metadata,
      List<String> warnings,
      List<UncertainWord> uncertain,
      Map<LayerKey<?>, Object> values) {
    this.text = Objects.requireNonNull(text, "text");
    this.blocks = List.copyOf(blocks);
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.warnings = List.copyOf(warnings);
    this.uncertain = List.copyOf(uncertain);
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Starts an analysis of an extracted document: no layer present yet.
   *
   * @param document the extracted text, blocks, metadata and warnings
   * @return a document with no layer set
   */
  public static AnalyzedDocument of(ExtractedDocument document) {
    return new AnalyzedDocument(
        document.text(),
        document.blocks(),
        document.metadata(),
        document.warnings(),
        document.uncertain(),
        new LinkedHashMap<>());
  }

  /**
   * Returns the value of a layer, or the key's empty value when the layer is absent.
   *
   * @param <T> the layer's value type
   * @param key the layer
   * @return the value a stage set, or {@link LayerKey#empty()}
   */
  @SuppressWarnings("unchecked") // with() stores only a T under a LayerKey<T>
  public <T> T get(LayerKey<T> key) {
    return values.containsKey(key) ? (T) values.get(key) : key.empty();
  }

  /**
   * Returns whether a stage has set {@code layer}.
   *
   * @param layer the layer
   * @return true once a stage set it, even to an empty value
   */
  public boolean has(Layer layer) {
    return values.containsKey(layer);
  }

  /**
   * Returns a copy with the layer {@code key} set to {@code value} (a list is copied) and recorded
   * in {@link #layers()}.
   *
   * @param <T> the layer's value type
   * @param key the layer
   * @param value its value; {@code null} only where the key's empty value is null (the header)
   * @return a new document; this one is unchanged
   */
  public <T> AnalyzedDocument with(LayerKey<T> key, T value) {
    Map<LayerKey<?>, Object> next = new LinkedHashMap<>(values);
    next.put(Objects.requireNonNull(key, "key"), key.copyOf(value));
    return new AnalyzedDocument(text, blocks, metadata, warnings, uncertain, next);
  }

  /**
   * Returns the layers present, in the order stages first set them.
   *
   * @return an unmodifiable set
   */
  public Set<Layer> layers() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(values.keySet()));
  }

  /**
   * Returns the text all spans point into.
   *
   * @return the text, normalised once {@link Layer#NORMALIZED_TEXT} is present
   */
  public String text() {
    return text;
  }

  /**
   * Returns the extracted structure, spans into {@link #text()}.
   *
   * @return the blocks in reading order
   */
  public List<Block> blocks() {
    return blocks;
  }

  /**
   * Returns the format, pages and file properties.
   *
   * @return the metadata of the file
   */
  public DocumentMetadata metadata() {
    return metadata;
  }

  /**
   * Returns the problems met while reading or analysing.
   *
   * @return the warnings, for a person to read
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Returns the words OCR read with low confidence, spans into {@link #text()}.
   *
   * @return the uncertain words in text order; empty for text not read by OCR
   */
  public List<UncertainWord> uncertain() {
    return uncertain;
  }

  /**
   * Returns the sentence spans in order ({@link Layer#SENTENCES}).
   *
   * @return the layer's value, empty when it is absent
   */
  public List<TextSpan> sentences() {
    return get(Layer.SENTENCES);
  }

  /**
   * Returns the token spans in order ({@link Layer#TOKENS}).
   *
   * @return the layer's value, empty when it is absent
   */
  public List<TextSpan> tokens() {
    return get(Layer.TOKENS);
  }

  /**
   * Returns the document numbers cited by the text ({@link Layer#REFERENCES}).
   *
   * @return the layer's value, empty when it is absent
   */
  public List<DocumentNumber> references() {
    return get(Layer.REFERENCES);
  }

  /**
   * Returns the dates, months, quarters, halves, years and periods ({@link Layer#DATES}).
   *
   * @return the layer's value, empty when it is absent
   */
  public List<DateMention> dates() {
    return get(Layer.DATES);
  }

  /**
   * Returns the figures ({@link Layer#FIGURES}).
   *
   * @return the layer's value, empty when it is absent
   */
  public List<Figure> figures() {
    return get(Layer.FIGURES);
  }

  /**
   * Returns the figures bound to indicators ({@link Layer#METRICS}).
   *
   * @return the layer's value, empty when it is absent
   */
  public List<Metric> metrics() {
    return get(Layer.METRICS);
  }

  /**
   * Returns the official header ({@link Layer#HEADER}).
   *
   * @return the header, or {@code null} when absent or when the text is not an official document
   */
  public Header header() {
    return get(Layer.HEADER);
  }

  /**
   * Returns a copy with new text, blocks and uncertain words (spans already moved to the new text),
   * recording {@link Layer#NORMALIZED_TEXT}. Layers set before keep their spans into the old text,
   * so this runs first.
   *
   * @param newText the normalised text
   * @param newBlocks the blocks with spans into {@code newText}
   * @param newUncertain the uncertain words with spans into {@code newText}
   * @return a new document with {@code NORMALIZED_TEXT} marked present, the other layers unchanged
   */
  public AnalyzedDocument withNormalizedText(
      String newText, List<Block> newBlocks, List<UncertainWord> newUncertain) {
    Map<LayerKey<?>, Object> next = new LinkedHashMap<>(values);
    next.put(Layer.NORMALIZED_TEXT, newText);
    return new AnalyzedDocument(newText, newBlocks, metadata, warnings, newUncertain, next);
  }

  /**
   * Returns a copy with one more warning.
   *
   * @param warning a sentence in English saying what is doubtful and where
   * @return a new document with the warning after the others, the layers unchanged
   */
  public AnalyzedDocument withWarning(String warning) {
    List<String> next = new ArrayList<>(warnings);
    next.add(Objects.requireNonNull(warning, "warning"));
    return new AnalyzedDocument(text, blocks, metadata, next, uncertain, values);
  }

  /**
   * Returns a copy with the sentence layer set.
   *
   * @param value the sentence spans in text order
   * @return a new document with the layer set
   */
  public AnalyzedDocument withSentences(List<TextSpan> value) {
    return with(Layer.SENTENCES, value);
  }

  /**
   * Returns a copy with the token layer set.
   *
   * @param value the token spans in text order
   * @return a new document with the layer set
   */
  public AnalyzedDocument withTokens(List<TextSpan> value) {
    return with(Layer.TOKENS, value);
  }

  /**
   * Returns a copy with the reference layer set.
   *
   * @param value the cited document numbers
   * @return a new document with the layer set
   */
  public AnalyzedDocument withReferences(List<DocumentNumber> value) {
    return with(Layer.REFERENCES, value);
  }

  /**
   * Returns a copy with the date layer set.
   *
   * @param value the dates and periods
   * @return a new document with the layer set
   */
  public AnalyzedDocument withDates(List<DateMention> value) {
    return with(Layer.DATES, value);
  }

  /**
   * Returns a copy with the figure layer set.
   *
   * @param value the figures
   * @return a new document with the layer set
   */
  public AnalyzedDocument withFigures(List<Figure> value) {
    return with(Layer.FIGURES, value);
  }

  /**
   * Returns a copy with the metric layer set.
   *
   * @param value the metrics
   * @return a new document with the layer set
   */
  public AnalyzedDocument withMetrics(List<Metric> value) {
    return with(Layer.METRICS, value);
  }

  /**
   * Returns a copy with the header layer set.
   *
   * @param value the header, or {@code null} when the text is not an official document
   * @return a new document with the layer set
   */
  public AnalyzedDocument withHeader(Header value) {
    return with(Layer.HEADER, value);
  }

  /**
   * Returns the sentence containing {@code offset}, or the whole text when there is none.
   *
   * @param offset a UTF-16 index into the text
   * @return the sentence's span, or {@code [0, text length)}
   */
  public TextSpan sentenceAt(int offset) {
    return SpanIndex.of(sentences())
        .containing(offset)
        .orElseGet(() -> new TextSpan(0, text.length()));
  }

  /** Returns whether {@code o} is a document with the same text, blocks, metadata and layers. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AnalyzedDocument d
        && text.equals(d.text)
        && blocks.equals(d.blocks)
        && metadata.equals(d.metadata)
        && warnings.equals(d.warnings)
        && values.equals(d.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, blocks, metadata, warnings, values);
  }

  /** Returns the metadata and the names of the layers present, not the text. */
  @Override
  public String toString() {
    return "AnalyzedDocument[" + metadata + ", layers=" + values.keySet() + "]";
  }
}
