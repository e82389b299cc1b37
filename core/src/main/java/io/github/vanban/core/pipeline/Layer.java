package io.github.vanban.core.pipeline;

import io.github.vanban.core.json.shape.HeaderJson;
import io.github.vanban.core.json.shape.MentionJson;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Optional;

/**
 * A kind of annotation a {@link Stage} needs or adds to an {@link AnalyzedDocument}: the untyped
 * view of a {@link LayerKey}, as stages declare their requirements.
 *
 * <p>The constants are vanban's built-in layers. {@link #PRINTED} lists the built-in layers of
 * {@code vanban extract --json} in the order of OUTPUT.md; they are printed even when absent (as
 * their empty value), while a layer defined elsewhere is printed after them when a document holds
 * it.
 */
public sealed interface Layer permits LayerKey {

  /** Text normalised to NFC with dash, quote, space and letter variants unified (the text). */
  LayerKey<String> NORMALIZED_TEXT = LayerKey.of("NORMALIZED_TEXT", null);

  /** Sentence spans. */
  LayerKey<List<TextSpan>> SENTENCES = LayerKey.ofList("SENTENCES");

  /** Token spans. */
  LayerKey<List<TextSpan>> TOKENS = LayerKey.ofList("TOKENS");

  /**
   * The text with its soft line breaks (the breaks of a hard-wrapped paragraph) read as spaces: the
   * same length as the text, so offsets carry over. Joined once by the figure stage, read by the
   * metric stage; {@code null} before it is set.
   */
  LayerKey<String> JOINED_TEXT = LayerKey.of("JOINED_TEXT", null);

  /** Dates, months, quarters, half years, years and periods. */
  LayerKey<List<DateMention>> DATES =
      LayerKey.<DateMention>ofList("DATES").printedAs("dates", MentionJson::writeDates);

  /** Document numbers cited by the text, with type name, date and relation. */
  LayerKey<List<DocumentNumber>> REFERENCES =
      LayerKey.<DocumentNumber>ofList("REFERENCES")
          .printedAs("references", MentionJson::writeReferences);

  /** Figures: percentages, money, quantities, multiples, ratios. */
  LayerKey<List<Figure>> FIGURES =
      LayerKey.<Figure>ofList("FIGURES").printedAs("figures", MentionJson::writeFigures);

  /** Figures bound to indicators. */
  LayerKey<List<Metric>> METRICS =
      LayerKey.<Metric>ofList("METRICS").printedAs("metrics", MentionJson::writeMetrics);

  /** The official header; {@code null} when the text is not an official document. */
  LayerKey<Header> HEADER =
      LayerKey.<Header>of("HEADER", null).printedAs("header", HeaderJson::write);

  /**
   * Where the document's own number stands in its header ({@code 205/NQ-HĐND} in {@code Số:
   * 205/NQ-HĐND}), even when the rest of the header is unreadable: found by the header stage, read
   * by the reference stage so that the own number is not a reference. Empty when there is none.
   */
  LayerKey<Optional<TextSpan>> OWN_NUMBER = LayerKey.of("OWN_NUMBER", Optional.empty());

  /** The built-in printed layers, in the order of OUTPUT.md. */
  List<LayerKey<?>> PRINTED = List.of(HEADER, REFERENCES, DATES, FIGURES, METRICS);

  /**
   * Returns the name used in messages.
   *
   * @return the name in upper case ({@code TOKENS})
   */
  String name();
}
