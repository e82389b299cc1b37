package io.github.vanban.core.pipeline;

import io.github.vanban.core.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An ordered chain of {@link Stage}s, checked when built: each layer key a stage requires must be
 * produced by an earlier one (the message names the missing and the produced layers, sorted by
 * name). A pipeline is itself a stage.
 *
 * <p>Immutable and thread-safe when its stages are: build it once and share it.
 */
public final class Pipeline implements Stage {

  private final List<Stage> stages;
  private final Set<Layer> requires;
  private final Set<Layer> produces;

  /**
   * Builds a pipeline from stages run in the given order.
   *
   * @param stages the stages in run order; copied
   * @throws IllegalArgumentException when a stage requires a layer no earlier stage produces
   */
  public Pipeline(List<? extends Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<Layer> produced = new LinkedHashSet<>();
    for (Stage stage : this.stages) {
      List<Layer> missing =
          stage.requires().stream()
              .filter(layer -> !produced.contains(layer))
              .sorted(Comparator.comparing(Layer::name))
              .toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage "
                + stage.name()
                + " requires "
                + missing
                + "; produced so far: "
                + produced.stream().map(Layer::name).sorted().toList());
      }
      produced.addAll(stage.produces());
    }
    this.requires = Set.of();
    this.produces = Collections.unmodifiableSet(produced);
  }

  /**
   * Returns the stages in order.
   *
   * @return the stages in run order, unmodifiable
   */
  public List<Stage> stages() {
    return stages;
  }

  /**
   * Runs every stage on an extracted document.
   *
   * @param document the extracted document
   * @return the document with every stage's layers added
   */
  public AnalyzedDocument analyze(ExtractedDocument document) {
    return apply(AnalyzedDocument.of(document));
  }

  /**
   * Runs every stage on a plain string, as if it were a text file.
   *
   * @param text the text to analyse
   * @return the analysed text, of format {@code txt}
   */
  public AnalyzedDocument analyze(String text) {
    return analyze(ExtractedDocument.ofText(text));
  }

  @Override
  public Set<Layer> requires() {
    return requires;
  }

  @Override
  public Set<Layer> produces() {
    return produces;
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    AnalyzedDocument current = document;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }

  /**
   * Returns a new pipeline with {@code stage} added at the end.
   *
   * @param stage the stage to run last
   * @return a new pipeline; this one is unchanged
   */
  public Pipeline with(Stage stage) {
    List<Stage> next = new ArrayList<>(stages);
    next.add(stage);
    return new Pipeline(next);
  }

  /**
   * Returns a new pipeline without the stages {@code remove} accepts.
   *
   * @param remove selects the stages to drop
   * @return a new pipeline; this one is unchanged
   */
  public Pipeline without(Predicate<Stage> remove) {
    return new Pipeline(stages.stream().filter(remove.negate()).toList());
  }

  /**
   * Returns a new pipeline with every stage {@code match} accepts replaced by {@code stage}.
   *
   * @param match selects the stages to replace
   * @param stage the stage put in place of the first matched stage; later matches are dropped
   * @return a new pipeline; this one is unchanged
   */
  public Pipeline replacing(Predicate<Stage> match, Stage stage) {
    Set<Stage> seen = new LinkedHashSet<>();
    List<Stage> next = new ArrayList<>();
    for (Stage s : stages) {
      if (match.test(s)) {
        if (seen.add(stage)) {
          next.add(stage);
        }
      } else {
        next.add(s);
      }
    }
    return new Pipeline(next);
  }

  @Override
  public String toString() {
    return "Pipeline" + stages.stream().map(Stage::name).toList();
  }
}
