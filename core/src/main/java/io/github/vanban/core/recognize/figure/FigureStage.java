package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import io.github.vanban.core.text.SoftBreaks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Adds the {@link Layer#FIGURES} layer: a {@link FigureRecognizer} reads the running text, its
 * {@linkplain SoftBreaks soft line breaks} read as spaces, skipping every date span (so the numbers
 * of {@code 10/7/2024} or {@code giai đoạn 2021 - 2025} are no figures) and every table, whose
 * cells a {@link TableFigureRecognizer} reads instead. A figure's text is written as in the text. A
 * figure whose digits OCR was unsure of and that does not read cleanly as a number is left out with
 * a warning ({@link UncertainNumbers}).
 *
 * <p>The text with its soft line breaks joined is also set as the {@link Layer#JOINED_TEXT} layer,
 * joined here once for the stages after it (the metrics read it).
 *
 * <p>Immutable and thread-safe.
 */
public final class FigureStage implements Stage {

  private final FigureRecognizer text;
  private final TableFigureRecognizer tables;

  /** Creates the stage with the {@linkplain UnitLexicon#bundled() bundled} units. */
  public FigureStage() {
    this(UnitLexicon.bundled());
  }

  /**
   * Creates the stage with the given units.
   *
   * @param units the unit lexicon shared by the text and table recognisers
   */
  public FigureStage(UnitLexicon units) {
    Objects.requireNonNull(units, "units");
    this.text = new FigureRecognizer(units);
    this.tables = new TableFigureRecognizer(units);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT, Layer.DATES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.FIGURES, Layer.JOINED_TEXT);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    List<TextSpan> skip = new ArrayList<>();
    for (DateMention d : document.dates()) {
      skip.add(d.span());
    }
    SpanIndex<DateMention> dates = SpanIndex.of(document.dates(), DateMention::span);
    List<Figure> figures = new ArrayList<>();
    for (Block b : document.blocks()) {
      if (b.type() == BlockType.TABLE) {
        skip.add(b.span());
      }
    }
    for (TableLayout layout : TableLayout.ofTables(document.text(), document.blocks()).values()) {
      figures.addAll(withoutDates(tables.recognize(document.text(), layout), dates));
    }
    String original = document.text();
    String joined = SoftBreaks.join(original);
    for (Figure f : text.recognize(joined, skip)) {
      figures.add(
          f.text().equals(f.span().of(original)) ? f : f.at(f.span().of(original), f.span()));
    }
    figures.sort(Comparator.comparingInt((Figure f) -> f.span().start()));
    UncertainNumbers.Kept kept = UncertainNumbers.filter(figures, original, document.uncertain());
    AnalyzedDocument result = document.withFigures(kept.figures()).with(Layer.JOINED_TEXT, joined);
    for (String warning : kept.warnings()) {
      result = result.withWarning(warning);
    }
    return result;
  }

  private static List<Figure> withoutDates(List<Figure> figures, SpanIndex<DateMention> dates) {
    return figures.stream().filter(f -> dates.overlapping(f.span()).isEmpty()).toList();
  }
}
