package io.github.vanban.core.recognize.date;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds the {@link Layer#DATES} layer with a {@link DateRecognizer}, and the {@link
 * IssueLineLayer#ISSUE_LINE} layer: the place-and-date line an {@link IssueDateLocator} finds among
 * the first sentences, located once here for every stage that reads it. The year of its date is the
 * default year of days, quarters and half years written without one. Without that line, the year
 * that every half year and quarter written with a year names is the default year ({@code 6 tháng
 * đầu năm và nhiệm vụ 6 tháng cuối năm 2017} reads both as 2017); when they name several years, or
 * there are none, what needs a year is left out.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateStage implements Stage {

  private final DateRecognizer recognizer = new DateRecognizer();
  private final IssueDateLocator issueDates = new IssueDateLocator();

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.DATES, IssueLineLayer.ISSUE_LINE);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.text();
    Optional<IssueDateLocator.IssueLine> issue = issueDates.locate(text, document.sentences());
    Optional<Integer> year = issue.flatMap(IssueDateLocator.IssueLine::year);
    List<DateMention> dates =
        year.isPresent() ? recognizer.recognize(text, year.get()) : withoutIssueYear(text);
    return document.withDates(dates).with(IssueLineLayer.ISSUE_LINE, issue);
  }

  private List<DateMention> withoutIssueYear(String text) {
    List<DateMention> dates = recognizer.recognize(text);
    Set<Integer> years =
        dates.stream()
            .filter(
                d -> d.granularity() == Granularity.HALF || d.granularity() == Granularity.QUARTER)
            .map(d -> d.date().start().getYear())
            .collect(Collectors.toSet());
    return years.size() == 1 ? recognizer.recognize(text, years.iterator().next()) : dates;
  }
}
