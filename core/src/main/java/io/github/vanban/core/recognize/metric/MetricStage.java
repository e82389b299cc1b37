package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import io.github.vanban.core.recognize.date.IssueLineLayer;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.core.recognize.structure.StructureNode;
import io.github.vanban.core.recognize.structure.StructurePath;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Adds the {@link Layer#METRICS} layer with a {@link MetricBinder} over an {@link
 * IndicatorLexicon}: the bundled one by default, or one the caller loads or extends.
 *
 * <p>When the HEADER layer is present its issue date is used; otherwise the place-and-date line of
 * the {@link IssueLineLayer#ISSUE_LINE} layer. The joined text ({@link Layer#JOINED_TEXT}) comes
 * from the figure stage. Each metric says where it stands in the document's structure ({@link
 * StructureLayer#STRUCTURE}, {@link Metric#where()}). Immutable and thread-safe.
 */
public final class MetricStage implements Stage {

  private final MetricBinder binder;

  /** Creates the stage over the {@linkplain IndicatorLexicon#bundled() bundled} lexicon. */
  public MetricStage() {
    this(IndicatorLexicon.bundled());
  }

  /**
   * Creates the stage over {@code lexicon}.
   *
   * @param lexicon the indicators whose cues are bound to figures
   */
  public MetricStage(IndicatorLexicon lexicon) {
    this.binder = new MetricBinder(Objects.requireNonNull(lexicon, "lexicon"));
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(
        Layer.NORMALIZED_TEXT,
        Layer.SENTENCES,
        Layer.DATES,
        IssueLineLayer.ISSUE_LINE,
        Layer.FIGURES,
        Layer.JOINED_TEXT,
        StructureLayer.STRUCTURE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.METRICS);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    List<StructureNode> structure = document.get(StructureLayer.STRUCTURE);
    return document.withMetrics(
        binder.bind(document).stream()
            .map(m -> m.at(StructurePath.of(structure, m.span()).orElse(null)))
            .toList());
  }
}
