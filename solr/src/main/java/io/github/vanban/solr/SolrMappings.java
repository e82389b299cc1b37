package io.github.vanban.solr;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.core.recognize.structure.StructureNode;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.LayerRegistry;
import io.github.vanban.search.index.MappedFile;
import io.github.vanban.search.index.StoredOutline;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/**
 * The registry of the Solr mappings of layers: which {@link SolrLayerFields} maps each {@link
 * LayerKey}, in order. A file's block is its own fields, then those of every registered mapping in
 * this order (a layer the file lacks gives its key's empty value).
 *
 * <p>A user's layer is sent to Solr by registering its mapping, {@code
 * SolrMappings.STANDARD.with(MY_KEY, new MySolrFields())}, given to {@link SolrIndex#open(String,
 * String, SolrMappings)}, with its fields added to the configset. Immutable and thread-safe.
 */
public final class SolrMappings {

  /**
   * vanban's built-in layers, as the local index maps them: the header, the dates, the figures'
   * count, the metrics (with their children under {@value SolrDocuments#METRICS}), the references
   * (with their children under {@value SolrDocuments#REFS}) and the structure's outline.
   */
  public static final SolrMappings STANDARD =
      new SolrMappings(LayerRegistry.empty())
          .with(Layer.HEADER, new SolrHeaderFields())
          .with(Layer.DATES, new SolrDateFields())
          .with(Layer.FIGURES, SolrMappings::figures)
          .with(Layer.METRICS, new SolrMetricFields())
          .with(Layer.REFERENCES, new SolrReferenceFields())
          .with(StructureLayer.STRUCTURE, SolrMappings::outline);

  private final LayerRegistry<SolrLayerFields<?>> registry;

  private SolrMappings(LayerRegistry<SolrLayerFields<?>> registry) {
    this.registry = registry;
  }

  /**
   * Returns a copy that maps {@code key} with {@code fields}: in place of the key's mapping when it
   * has one, else after the others.
   *
   * @param <T> the layer's value type
   * @param key the layer
   * @param fields its mapping
   * @return a new registry; this one is unchanged
   */
  public <T> SolrMappings with(LayerKey<T> key, SolrLayerFields<T> fields) {
    return new SolrMappings(registry.with(key, fields));
  }

  /**
   * Returns the registered layers, in the order their mappings run.
   *
   * @return an unmodifiable list
   */
  public List<LayerKey<?>> keys() {
    return registry.keys();
  }

  /** Adds the fields of every registered layer of {@code file} to its document, in order. */
  void addFields(MappedFile file, SolrInputDocument target) {
    for (LayerRegistry.Registration<SolrLayerFields<?>> r : registry.registrations()) {
      addFields(r.key(), r.mapping(), file, target);
    }
  }

  @SuppressWarnings("unchecked") // with() registers only a SolrLayerFields<T> for a LayerKey<T>
  private static <T> void addFields(
      LayerKey<T> key, SolrLayerFields<?> fields, MappedFile file, SolrInputDocument target) {
    ((SolrLayerFields<T>) fields).addFields(file.document().get(key), file, target);
  }

  /** The figure layer: only the number of figures; the figures queried are the metrics'. */
  private static void figures(List<Figure> figures, MappedFile file, SolrInputDocument d) {
    d.setField(IndexFields.COUNT_FIGURES, figures.size());
  }

  /** The structure layer: the stored outline, from which a hit says where its snippet stands. */
  private static void outline(List<StructureNode> structure, MappedFile file, SolrInputDocument d) {
    SolrDocuments.put(d, IndexFields.OUTLINE, StoredOutline.encode(structure));
  }
}
