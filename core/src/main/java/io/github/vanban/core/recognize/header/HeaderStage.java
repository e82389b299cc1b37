package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import io.github.vanban.core.recognize.date.IssueDateLocator;
import io.github.vanban.core.recognize.date.IssueLineLayer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the {@link Layer#HEADER} layer with a {@link HeaderRecognizer}: the header of an official
 * document, {@code null} for any other text; and the {@link Layer#OWN_NUMBER} layer, where the
 * header's own number stands, which the reference stage reads. Needs the {@link
 * IssueLineLayer#ISSUE_LINE} layer (the place-and-date line, located once by the date stage among
 * the sentences). A field read from words OCR was unsure of carries a confidence below 1 and the
 * document a warning naming it ({@link HeaderConfidence}).
 *
 * <p>Immutable and thread-safe.
 */
public final class HeaderStage implements Stage {

  private final HeaderRecognizer recognizer = new HeaderRecognizer();

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT, IssueLineLayer.ISSUE_LINE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.HEADER, Layer.OWN_NUMBER);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.text();
    Optional<IssueDateLocator.IssueLine> issue = document.get(IssueLineLayer.ISSUE_LINE);
    Optional<TextSpan> number = HeaderRecognizer.numberSpan(text);
    Optional<HeaderConfidence.Reading> reading =
        recognizer
            .recognize(text, issue)
            .map(h -> HeaderConfidence.rate(text, h, document.uncertain(), number, issue));
    AnalyzedDocument result =
        document
            .withHeader(reading.map(HeaderConfidence.Reading::header).orElse(null))
            .with(Layer.OWN_NUMBER, number);
    for (String warning : reading.map(HeaderConfidence.Reading::warnings).orElse(List.of())) {
      result = result.withWarning(warning);
    }
    return result;
  }
}
