package io.github.vanban.core.pipeline;

import java.util.List;

/**
 * Gives the search index the values of one layer: what a {@link LayerKey} brings so that the search
 * index maps the layer without naming it.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the layer's value type
 */
@FunctionalInterface
public interface LayerIndexer<T> {

  /**
   * Returns the fields of a document's value of the layer.
   *
   * @param value the layer's value (its key's empty value when the layer is absent)
   * @return the fields to index, in order; empty when there is nothing to index
   */
  List<IndexField> fields(T value);
}
