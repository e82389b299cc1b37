package io.github.vanban.core;

import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.recognize.date.DateStage;
import io.github.vanban.core.recognize.figure.FigureStage;
import io.github.vanban.core.recognize.header.HeaderStage;
import io.github.vanban.core.recognize.metric.MetricStage;
import io.github.vanban.core.recognize.number.ReferenceStage;
import io.github.vanban.core.recognize.structure.StructureStage;
import io.github.vanban.core.segment.SegmentStage;
import java.util.List;

/** Builds vanban's standard analysis pipeline. */
public final class DefaultPipeline {

  private DefaultPipeline() {}

  /**
   * Returns the standard chain. Build it once and share it: it is immutable and thread-safe.
   *
   * @return normalise, then segment, then the recognisers
   */
  public static Pipeline create() {
    return new Pipeline(
        List.of(
            // Everything downstream matches on NFC text with unified dashes and spaces.
            new NormalizeStage(),
            // Sentences (bundled OpenNLP model, a line break always ends one) and syllable tokens
            // on the normalised text, which is what the model was trained on.
            new SegmentStage(),
            // Dates first among the recognisers: references and metrics read the dates beside
            // them; the issue-date line is found among the sentences.
            new DateStage(),
            // The header reads lines and the place-and-date line itself; it needs only sentences.
            new HeaderStage(),
            // References after dates: a cited document's date is the day mention after its
            // number. They leave out the header's own number, found as the header stage finds it.
            new ReferenceStage(),
            // Figures after dates: the numbers inside date spans are no figures.
            new FigureStage(),
            // Metrics last: they bind figures to indicators with the dates, the sentences and the
            // header's issue date (the reference for a target or a result).
            new MetricStage(),
            // The structure (Phần, Chương, Điều, khoản, điểm) reads only the normalised text.
            new StructureStage()));
  }
}
