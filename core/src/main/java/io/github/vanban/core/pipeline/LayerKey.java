package io.github.vanban.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A typed key of one layer of an {@link AnalyzedDocument}: its name, the value a document holds
 * before a stage sets it, when the layer is printed, the JSON field and the writer that print it,
 * and, when it is indexed, the {@link LayerIndexer} that gives the search index its fields.
 *
 * <p>A new kind of finding defines one key as a constant in its own package, a {@link Stage} that
 * declares the key in {@link Stage#produces()} and sets it with {@link AnalyzedDocument#with}, and
 * nothing else: the pipeline checks the chain by key, the JSON writer prints every layer whose key
 * has a writer, the search index maps every layer whose key has an indexer. Keys compare by
 * identity, so two keys with the same name are different layers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the layer's value; immutable (lists are copied with {@link List#copyOf})
 */
public final class LayerKey<T> implements Layer {

  private final String name;
  private final T empty;
  private final UnaryOperator<T> copy;
  private final String jsonField;
  private final LayerWriter<T> writer;
  private final LayerIndexer<T> indexer;

  private LayerKey(
      String name,
      T empty,
      UnaryOperator<T> copy,
      String jsonField,
      LayerWriter<T> writer,
      LayerIndexer<T> indexer) {
    this.name = Objects.requireNonNull(name, "name");
    this.empty = empty;
    this.copy = copy;
    this.jsonField = jsonField;
    this.writer = writer;
    this.indexer = indexer;
  }

  /**
   * Returns a key of a layer that is not printed, holding one immutable value.
   *
   * @param <T> the value type
   * @param name the name in messages, in upper case ({@code SENTENCES})
   * @param empty the value before a stage sets it (may be {@code null})
   * @return a new key, a layer of its own
   */
  public static <T> LayerKey<T> of(String name, T empty) {
    return new LayerKey<>(name, empty, UnaryOperator.identity(), null, null, null);
  }

  /**
   * Returns a key of a layer that is not printed, holding a list; the document copies each list it
   * is given.
   *
   * @param <E> the element type
   * @param name the name in messages, in upper case ({@code SENTENCES})
   * @return a new key whose empty value is the empty list
   */
  public static <E> LayerKey<List<E>> ofList(String name) {
    return new LayerKey<>(name, List.of(), List::copyOf, null, null, null);
  }

  /**
   * Returns a copy of this key's definition that is printed under {@code field} by {@code writer}.
   * Call it once, where the key constant is defined: the copy is another key.
   *
   * @param field the JSON field name ({@code structure})
   * @param writer writes the layer's value as one JSON value
   * @return a new printed key with this key's name, empty value and indexer
   */
  public LayerKey<T> printedAs(String field, LayerWriter<T> writer) {
    return new LayerKey<>(
        name,
        empty,
        copy,
        Objects.requireNonNull(field, "field"),
        Objects.requireNonNull(writer, "writer"),
        indexer);
  }

  /**
   * Returns a copy of this key's definition whose values {@code indexer} gives the search index.
   * Call it once, where the key constant is defined: the copy is another key.
   *
   * @param indexer gives the fields of one document's value of the layer
   * @return a new indexed key with this key's name, empty value and JSON writer
   */
  public LayerKey<T> indexedAs(LayerIndexer<T> indexer) {
    return new LayerKey<>(
        name, empty, copy, jsonField, writer, Objects.requireNonNull(indexer, "indexer"));
  }

  /**
   * Returns the name used in messages.
   *
   * @return the name in upper case ({@code TOKENS})
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the value of the layer in a document that lacks it.
   *
   * @return the empty value, may be {@code null}
   */
  public T empty() {
    return empty;
  }

  /**
   * Returns the JSON field name, when this layer is printed.
   *
   * @return the field, empty for a layer that is not printed
   */
  public Optional<String> jsonField() {
    return Optional.ofNullable(jsonField);
  }

  /**
   * Returns the writer of the layer's value, when this layer is printed.
   *
   * @return the writer, empty for a layer that is not printed
   */
  public Optional<LayerWriter<T>> writer() {
    return Optional.ofNullable(writer);
  }

  /**
   * Returns the indexer of the layer's values, when this layer is indexed.
   *
   * @return the indexer, empty for a layer the search index does not map
   */
  public Optional<LayerIndexer<T>> indexer() {
    return Optional.ofNullable(indexer);
  }

  /** Returns an immutable copy of {@code value} to store (lists are copied). */
  T copyOf(T value) {
    return value == null ? null : copy.apply(value);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
