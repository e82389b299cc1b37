package io.github.vanban.core.pipeline;

import java.util.Set;

/**
 * One step of the analysis: takes a document and returns a new one with the layers it adds.
 *
 * <p>A stage declares the layers it needs and the ones it adds so that a {@link Pipeline} can check
 * the chain when it is built. Implementations are immutable and thread-safe: one instance serves
 * every thread. A stage never throws on strange text; finding nothing is an empty layer.
 */
public interface Stage {

  /**
   * Returns a short name for messages, by default the simple class name.
   *
   * @return a name for error messages, never null
   */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Returns the layers that must be present before this stage runs.
   *
   * @return the layers this stage reads; empty when it needs only the text
   */
  Set<Layer> requires();

  /**
   * Returns the layers this stage adds or replaces.
   *
   * @return the layers this stage sets on the document it returns
   */
  Set<Layer> produces();

  /**
   * Analyses {@code document} and returns a new document with this stage's layers added.
   *
   * @param document the input, never modified
   * @return the document with {@link #produces()} added to its layers
   */
  AnalyzedDocument apply(AnalyzedDocument document);
}
