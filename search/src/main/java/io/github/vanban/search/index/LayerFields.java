package io.github.vanban.search.index;

import java.util.List;
import org.apache.lucene.document.Document;

/**
 * The Lucene mapping of one layer: the fields a layer's value adds to its file's document and, for
 * a layer of mentions, the documents of its own (one per metric, one per reference). Registered for
 * a {@link io.github.vanban.core.pipeline.LayerKey} in {@link LayerMappings}, so that {@link
 * DocumentMapper} maps the layer without naming it.
 *
 * <p>A mapping adds fields under names of its own; a mention document starts from {@link
 * MappedFile#newDocument(String)}, so that it carries {@link IndexFields#SOURCE} and is replaced
 * with its file. Implementations are stateless and thread-safe.
 *
 * @param <T> the layer's value type
 */
@FunctionalInterface
public interface LayerFields<T> {

  /**
   * Adds the fields of a layer's value to the file's document.
   *
   * @param value the layer's value (its key's empty value when the document lacks the layer)
   * @param file the file being mapped
   * @param target the file's document
   */
  void addFields(T value, MappedFile file, Document target);

  /**
   * Returns the documents of the layer's own, after the file's document: none by default.
   *
   * @param value the layer's value (its key's empty value when the document lacks the layer)
   * @param file the file being mapped
   * @return the documents in order, each made with {@link MappedFile#newDocument(String)}
   */
  default List<Document> documents(T value, MappedFile file) {
    return List.of();
  }
}
