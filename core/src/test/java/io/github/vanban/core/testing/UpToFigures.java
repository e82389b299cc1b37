package io.github.vanban.core.testing;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.recognize.date.DateStage;
import io.github.vanban.core.recognize.figure.FigureStage;
import io.github.vanban.core.segment.SegmentStage;
import java.util.List;

/** Runs the standard stages up to the figures, for tests of what reads them. */
public final class UpToFigures {

  private static final Pipeline PIPELINE =
      new Pipeline(
          List.of(new NormalizeStage(), new SegmentStage(), new DateStage(), new FigureStage()));

  private UpToFigures() {}

  /** Analyses a plain text. */
  public static AnalyzedDocument analyze(String text) {
    return PIPELINE.analyze(text);
  }

  /** Analyses an extracted document. */
  public static AnalyzedDocument analyze(ExtractedDocument doc) {
    return PIPELINE.analyze(doc);
  }
}
