package io.github.vanban.core.pipeline;

/** A kind of annotation a {@link Stage} needs or adds to an {@link AnalyzedDocument}. */
public enum Layer {
  /** Text normalised to NFC with dash, quote, space and letter variants unified. */
  NORMALIZED_TEXT,
  /** Sentence spans. */
  SENTENCES,
  /** Token spans. */
  TOKENS,
  /** Dates, months, quarters, half years, years and periods. */
  DATES,
  /** Document numbers cited by the text, with type name, date and relation. */
  REFERENCES,
  /** Figures: percentages, money, quantities, multiples, ratios. */
  FIGURES,
  /** Figures bound to indicators. */
  METRICS,
  /** The official header. */
  HEADER
}
