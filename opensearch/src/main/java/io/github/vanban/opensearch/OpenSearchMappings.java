package io.github.vanban.opensearch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.core.recognize.structure.StructureNode;
import io.github.vanban.search.index.DocumentValues;
import io.github.vanban.search.index.LayerRegistry;
import io.github.vanban.search.index.StoredOutline;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The registry of the OpenSearch mappings of layers: which {@link OpenSearchLayerFields} maps each
 * {@link LayerKey}, in order. {@link AnalysisFields} reshapes each printed layer with its mapping,
 * counts the layers in this order and writes their derived fields in this order (a layer the file
 * lacks gives its key's empty value).
 *
 * <p>A user's layer is reshaped or derived from by registering its mapping, {@code
 * OpenSearchMappings.STANDARD.with(MY_KEY, new MyOpenSearchFields())}, given to {@link
 * AnalysisFields#json(AnalyzedDocument, OpenSearchMappings)}; a printed layer without a mapping is
 * indexed as printed. Immutable and thread-safe.
 */
public final class OpenSearchMappings {

  /**
   * vanban's built-in layers: the header (with its type key and issue day), the references and the
   * metrics (each with its excerpt, the metrics' periods with their days), the dates and figures
   * (counted, with the references and metrics, in this order) and the structure's outline.
   */
  public static final OpenSearchMappings STANDARD =
      new OpenSearchMappings(LayerRegistry.empty())
          .with(Layer.HEADER, new OpenSearchHeaderFields())
          .with(
              Layer.REFERENCES,
              new OpenSearchMentionFields<DocumentNumber>(DocumentValues::sentence))
          .with(Layer.DATES, counted())
          .with(Layer.FIGURES, counted())
          .with(Layer.METRICS, new OpenSearchMentionFields<Metric>(DocumentValues::sentence))
          .with(StructureLayer.STRUCTURE, new OutlineFields());

  private final LayerRegistry<OpenSearchLayerFields<?>> registry;

  private OpenSearchMappings(LayerRegistry<OpenSearchLayerFields<?>> registry) {
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
  public <T> OpenSearchMappings with(LayerKey<T> key, OpenSearchLayerFields<T> fields) {
    return new OpenSearchMappings(registry.with(key, fields));
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
   * Copies the printed value of the JSON field {@code field}: with the mapping of the layer printed
   * under it, else as printed.
   */
  void copy(String field, JsonParser printed, AnalyzedDocument doc, JsonGenerator g)
      throws IOException {
    Optional<LayerRegistry.Registration<OpenSearchLayerFields<?>>> layer =
        registry.registrations().stream()
            .filter(r -> r.key().jsonField().filter(field::equals).isPresent())
            .findFirst();
    if (layer.isPresent()) {
      mapping(layer.get()).copy(printed, doc, g);
    } else {
      g.copyCurrentStructure(printed);
    }
  }

  /** Writes the count of each counted layer, under its JSON field, in order. */
  void writeCounts(AnalyzedDocument doc, JsonGenerator g) throws IOException {
    for (LayerRegistry.Registration<OpenSearchLayerFields<?>> r : registry.registrations()) {
      OptionalInt count = mapping(r).count(doc);
      if (count.isPresent() && r.key().jsonField().isPresent()) {
        g.writeNumberField(r.key().jsonField().get(), count.getAsInt());
      }
    }
  }

  /** Writes the derived fields of every layer, in order. */
  void writeDerived(AnalyzedDocument doc, JsonGenerator g) throws IOException {
    for (LayerRegistry.Registration<OpenSearchLayerFields<?>> r : registry.registrations()) {
      mapping(r).writeDerived(doc, g);
    }
  }

  private static Bound<?> mapping(LayerRegistry.Registration<OpenSearchLayerFields<?>> r) {
    return bind(r.key(), r.mapping());
  }

  @SuppressWarnings(
      "unchecked") // with() registers only an OpenSearchLayerFields<T> for a LayerKey<T>
  private static <T> Bound<T> bind(LayerKey<T> key, OpenSearchLayerFields<?> fields) {
    return new Bound<>(key, (OpenSearchLayerFields<T>) fields);
  }

  /** A mapping applied to its own layer's value in a document. */
  private record Bound<T>(LayerKey<T> key, OpenSearchLayerFields<T> fields) {

    void copy(JsonParser printed, AnalyzedDocument doc, JsonGenerator g) throws IOException {
      fields.copy(printed, doc.get(key), doc, g);
    }

    OptionalInt count(AnalyzedDocument doc) {
      return fields.count(doc.get(key));
    }

    void writeDerived(AnalyzedDocument doc, JsonGenerator g) throws IOException {
      fields.writeDerived(doc.get(key), g);
    }
  }

  /** Returns the mapping of a layer that is only counted. */
  private static <E> OpenSearchLayerFields<List<E>> counted() {
    return new OpenSearchLayerFields<>() {
      @Override
      public OptionalInt count(List<E> findings) {
        return OptionalInt.of(findings.size());
      }
    };
  }

  /** The structure layer: the stored outline, from which a hit says where its snippet stands. */
  private static final class OutlineFields implements OpenSearchLayerFields<List<StructureNode>> {

    @Override
    public void writeDerived(List<StructureNode> structure, JsonGenerator g) throws IOException {
      g.writeStringField("outline", StoredOutline.encode(structure));
    }
  }
}
