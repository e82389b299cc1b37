package io.github.vanban.search.index;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.core.recognize.structure.StructureLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;

/**
 * The registry of the Lucene mappings of layers: which {@link LayerFields} maps each {@link
 * LayerKey}, in order. {@link DocumentMapper} runs every registered mapping, in this order, on each
 * file (a layer the file lacks gives its key's empty value), then maps each layer the file holds
 * whose key brings a {@link io.github.vanban.core.pipeline.LayerIndexer} (its values stored and
 * searched as folded words). The mappings' own documents follow the file's document in the same
 * order.
 *
 * <p>A user's layer is indexed by registering its mapping: {@code
 * LayerMappings.STANDARD.with(MY_KEY, new MyFields())}, given to the indexer with {@link
 * IndexerConfig#withMappings}. Immutable and thread-safe.
 */
public final class LayerMappings {

  /**
   * vanban's built-in layers: the header, the dates, the figures, the metrics (with their metric
   * documents), the references (with their reference documents; after the metrics, as the index has
   * always written them) and the structure's outline.
   */
  public static final LayerMappings STANDARD =
      new LayerMappings(LayerRegistry.empty())
          .with(Layer.HEADER, new HeaderFields())
          .with(Layer.DATES, new DateFields())
          .with(Layer.FIGURES, new FigureFields())
          .with(Layer.METRICS, new MetricFields())
          .with(Layer.REFERENCES, new ReferenceFields())
          .with(StructureLayer.STRUCTURE, new StructureFields());

  private final LayerRegistry<LayerFields<?>> registry;

  private LayerMappings(LayerRegistry<LayerFields<?>> registry) {
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
  public <T> LayerMappings with(LayerKey<T> key, LayerFields<T> fields) {
    return new LayerMappings(registry.with(key, fields));
  }

  /**
   * Returns the registered layers, in the order their mappings run.
   *
   * @return an unmodifiable list
   */
  public List<LayerKey<?>> keys() {
    return registry.keys();
  }

  /**
   * Returns the mapping registered for a layer.
   *
   * @param <T> the layer's value type
   * @param key the layer
   * @return its mapping, or empty when none is registered
   */
  @SuppressWarnings("unchecked") // with() registers only a LayerFields<T> for a LayerKey<T>
  public <T> Optional<LayerFields<T>> fieldsOf(LayerKey<T> key) {
    return registry.mappingOf(key).map(f -> (LayerFields<T>) f);
  }

  /** Returns the mappings of a file: the registered ones, then its layers' indexers. */
  List<Mapping<?>> of(AnalyzedDocument doc) {
    List<Mapping<?>> out = new ArrayList<>();
    for (LayerRegistry.Registration<LayerFields<?>> r : registry.registrations()) {
      out.add(bind(r.key(), r.mapping()));
    }
    for (Layer layer : doc.layers()) {
      IndexerFields.of((LayerKey<?>) layer).ifPresent(out::add);
    }
    return out;
  }

  /** Returns a registration with its key's value type, as {@link #with} registered it. */
  @SuppressWarnings("unchecked") // with() registers only a LayerFields<T> for a LayerKey<T>
  private static <T> Mapping<T> bind(LayerKey<T> key, LayerFields<?> fields) {
    return new Mapping<>(key, (LayerFields<T>) fields);
  }

  /**
   * One layer and its mapping.
   *
   * @param <T> the layer's value type
   */
  record Mapping<T>(LayerKey<T> key, LayerFields<T> fields) {

    Mapping {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(fields, "fields");
    }

    /** Adds the layer's fields of {@code file} to its document. */
    void addFields(MappedFile file, Document target) {
      fields.addFields(file.document().get(key), file, target);
    }

    /** Returns the layer's own documents of {@code file}. */
    List<Document> documents(MappedFile file) {
      return fields.documents(file.document().get(key), file);
    }
  }
}
