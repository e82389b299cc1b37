package io.github.vanban.search.index;

import io.github.vanban.core.pipeline.LayerKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One engine's registrations of layers: which mapping maps each {@link LayerKey}, in the order the
 * mappings run. The shared part of the registries of {@link LayerMappings} (the local Lucene index)
 * and of the Solr and OpenSearch adapters; each of those takes a key's mapping with the key's value
 * type in its own {@code with} and runs its mappings itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <M> the engine's mapping of one layer
 */
public final class LayerRegistry<M> {

  private static final LayerRegistry<?> EMPTY = new LayerRegistry<>(List.of());

  private final List<Registration<M>> registrations;

  private LayerRegistry(List<Registration<M>> registrations) {
    this.registrations = List.copyOf(registrations);
  }

  /**
   * Returns the registry without any layer.
   *
   * @param <M> the engine's mapping of one layer
   * @return the empty registry
   */
  @SuppressWarnings("unchecked") // holds no mapping, so it is a registry of any mapping type
  public static <M> LayerRegistry<M> empty() {
    return (LayerRegistry<M>) EMPTY;
  }

  /**
   * Returns a copy that maps {@code key} with {@code mapping}: in place of the key's mapping when
   * it has one, else after the others.
   *
   * @param key the layer
   * @param mapping its mapping, for values of the key's type
   * @return a new registry; this one is unchanged
   */
  public LayerRegistry<M> with(LayerKey<?> key, M mapping) {
    Registration<M> added = new Registration<>(key, mapping);
    List<Registration<M>> next = new ArrayList<>(registrations);
    int at = keys().indexOf(key);
    if (at < 0) {
      next.add(added);
    } else {
      next.set(at, added);
    }
    return new LayerRegistry<>(next);
  }

  /**
   * Returns the registered layers, in the order their mappings run.
   *
   * @return an unmodifiable list
   */
  public List<LayerKey<?>> keys() {
    return registrations.stream().<LayerKey<?>>map(Registration::key).toList();
  }

  /**
   * Returns the mapping registered for a layer.
   *
   * @param key the layer
   * @return its mapping, or empty when none is registered
   */
  public Optional<M> mappingOf(LayerKey<?> key) {
    return registrations.stream()
        .filter(r -> r.key() == key)
        .findFirst()
        .map(Registration::mapping);
  }

  /**
   * Returns the registrations, in the order the mappings run.
   *
   * @return an unmodifiable list
   */
  public List<Registration<M>> registrations() {
    return registrations;
  }

  /**
   * One layer and its mapping.
   *
   * @param <M> the engine's mapping of one layer
   * @param key the layer
   * @param mapping its mapping, for values of the key's type
   */
  public record Registration<M>(LayerKey<?> key, M mapping) {

    /**
     * Checks both parts are present.
     *
     * @param key the layer
     * @param mapping its mapping
     */
    public Registration {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(mapping, "mapping");
    }
  }
}
