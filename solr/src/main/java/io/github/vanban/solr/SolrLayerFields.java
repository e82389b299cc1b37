package io.github.vanban.solr;

import io.github.vanban.search.index.MappedFile;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr mapping of one layer: the fields a layer's value adds to its file's document, valued as
 * the local index's {@link io.github.vanban.search.index.LayerFields} values them. A layer of
 * mentions adds its child documents as one more field, under the path they nest at ({@code
 * _nest_path_}): the metrics under {@code /metrics}, the references under {@code /refs}. Registered
 * for a {@link io.github.vanban.core.pipeline.LayerKey} in {@link SolrMappings}, so that {@link
 * SolrIndex} maps the layer without naming it.
 *
 * <p>The fields must be declared in the collection's configset. Implementations are stateless and
 * thread-safe.
 *
 * @param <T> the layer's value type
 */
@FunctionalInterface
public interface SolrLayerFields<T> {

  /**
   * Adds the fields of a layer's value, child documents included, to the file's document.
   *
   * @param value the layer's value (its key's empty value when the document lacks the layer)
   * @param file the file being mapped
   * @param target the file's document, the root of its block
   */
  void addFields(T value, MappedFile file, SolrInputDocument target);
}
