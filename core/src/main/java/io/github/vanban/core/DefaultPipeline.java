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
            // them. The place-and-date line is located here, once, among the sentences: it gives
            // the default year of dates, and the header and the metrics read it (ISSUE_LINE).
            new DateStage(),
            // The header reads lines and the place-and-date line; it also gives where its own
            // number stands (OWN_NUMBER).
            new HeaderStage(),
            // References after dates: a cited document's date is the day mention after its
            // number. After the header: they leave out the own number it found (OWN_NUMBER).
            new ReferenceStage(),
            // Figures after dates: the numbers inside date spans are no figures. Soft line breaks
            // are joined here, once, for the figures and the metrics (JOINED_TEXT).
            new FigureStage(),
            // The structure (Phần, Chương, Điều, khoản, điểm) reads only the normalised text; the
            // metrics read it to say where each one stands.
            new StructureStage(),
            // Metrics last: they bind figures to indicators with the dates, the sentences, the
            // joined text and the issue date (the reference for a target or a result).
            new MetricStage()));
  }
}
