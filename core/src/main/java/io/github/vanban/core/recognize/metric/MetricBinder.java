package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Binds figures to the indicators they measure (EXTRACTION.md section 4): the indicator from the
 * cues around the figure ({@link IndicatorChooser}), the period and comparison from the dates of
 * its sentence or the document ({@link PeriodResolver}), the status from the words before it or its
 * period ({@link StatusResolver}). Figures in tables are bound by the row that names an indicator
 * ({@link TableMetricBinder}).
 *
 * <p>Reads an analysed document with sentences, dates, figures, the joined text ({@link
 * Layer#JOINED_TEXT}: soft line breaks of wrapped lines read as spaces, so a sentence split by one
 * is whole again) and the place-and-date line ({@code ISSUE_LINE}). Never throws on strange text.
 * Immutable and thread-safe.
 */
public final class MetricBinder {

  private static final String CARRIED_ON = "trong đó";

  private final IndicatorLexicon lexicon;

  /** Creates a binder over the {@linkplain IndicatorLexicon#bundled() bundled} lexicon. */
  public MetricBinder() {
    this(IndicatorLexicon.bundled());
  }

  /**
   * Creates a binder over {@code lexicon}.
   *
   * @param lexicon the indicators whose cues are bound to figures
   */
  public MetricBinder(IndicatorLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Returns the metrics of {@code doc} in text order.
   *
   * @param doc a document whose sentences, dates, figures, joined text and issue line are present
   * @return the figures bound to indicators, with period and status, empty when none binds
   * @throws IllegalArgumentException when {@code doc} lacks the joined text (run the figure stage)
   */
  public List<Metric> bind(AnalyzedDocument doc) {
    String joined = doc.get(Layer.JOINED_TEXT);
    if (joined == null) {
      throw new IllegalArgumentException(
          "MetricBinder requires JOINED_TEXT; layers present: " + doc.layers());
    }
    String key = CueKey.of(joined);
    JoinedSentences sentences = new JoinedSentences(doc.text(), joined, doc.sentences());
    DocumentPeriods periods = DocumentPeriods.of(doc);
    SpanIndex<TextSpan> tables = SpanIndex.of(tableSpans(doc));
    SpanIndex<CueMatch> cues = SpanIndex.of(lexicon.findInKey(key), CueMatch::span);
    Reading reading = new Reading(doc, key, cues, periods, new StatusResolver(key, periods));
    List<Metric> out = new ArrayList<>();
    List<Figure> figures = doc.figures();
    int k = 0;
    while (k < figures.size()) {
      TextSpan sentence = sentences.at(figures.get(k).span().start(), joined.length());
      int from = k;
      while (k < figures.size() && sentence.contains(figures.get(k).span())) {
        k++;
      }
      if (k == from) {
        k++;
      }
      List<Figure> inSentence =
          figures.subList(from, k).stream()
              .filter(f -> tables.containing(f.span()).isEmpty())
              .toList();
      TextSpan dated = carriedOn(key, sentence) ? sentences.withPrevious(sentence) : sentence;
      bindSentence(reading, sentence, dated, inSentence, out);
    }
    out.addAll(new TableMetricBinder(lexicon).bind(doc, periods));
    out.sort(Comparator.comparingInt(m -> m.span().start()));
    return out;
  }

  /** What every sentence of one document is read against. */
  private record Reading(
      AnalyzedDocument doc,
      String key,
      SpanIndex<CueMatch> cues,
      DocumentPeriods periods,
      StatusResolver status) {}

  private void bindSentence(
      Reading reading, TextSpan sentence, TextSpan dated, List<Figure> figures, List<Metric> out) {
    if (figures.isEmpty()) {
      return;
    }
    AnalyzedDocument doc = reading.doc();
    String key = reading.key();
    DocumentPeriods periods = reading.periods();
    List<DateMention> datesIn = SpanIndex.of(doc.dates(), DateMention::span).within(dated);
    SentenceDates dates = new SentenceDates(key, dated, datesIn, figures, periods.reference());
    int previousEnd = sentence.start();
    String written = null;
    for (Figure f : figures) {
      int scope = Clauses.scopeStart(key, sentence, f.span().start());
      IndicatorChooser.Choice c =
          IndicatorChooser.choose(key, reading.cues(), lexicon, f, sentence, scope);
      if (c != null) {
        PeriodResolver.Resolved p = PeriodResolver.resolve(key, dated, scope, f, dates, periods);
        MetricStatus status =
            reading.status().resolve(dated, scope, f.span(), previousEnd, p.period());
        written = written == null ? sentence.of(doc.text()) : written;
        out.add(metric(doc.text(), written, f, c, p, status));
      }
      previousEnd = f.span().end();
    }
  }

  /**
   * A sentence that opens with {@code Trong đó} singles out part of what the sentence before it
   * says ({@code … các chỉ tiêu của kế hoạch năm 2017. Trong đó, đảm bảo tăng trưởng đạt 7,52%}):
   * the dates of that sentence are its own.
   */
  private static boolean carriedOn(String key, TextSpan sentence) {
    int i = sentence.start();
    while (i < sentence.end() && !Character.isLetter(key.charAt(i))) {
      i++;
    }
    return key.startsWith(CARRIED_ON, i)
        && !Character.isLetter(Clauses.charAt(key, i + CARRIED_ON.length()));
  }

  private static Metric metric(
      String text,
      String sentence,
      Figure f,
      IndicatorChooser.Choice c,
      PeriodResolver.Resolved p,
      MetricStatus status) {
    int start = Math.min(c.cue().start(), f.span().start());
    int end = Math.max(c.cue().end(), f.span().end());
    TextSpan span = new TextSpan(start, end);
    return new Metric(
        span.of(text),
        span,
        c.indicator().id(),
        c.indicator().label(),
        f,
        p.period(),
        status,
        p.comparison(),
        sentence,
        null);
  }

  /** The table cells that are labels or values, not prose: their figures are bound by row. */
  private static List<TextSpan> tableSpans(AnalyzedDocument doc) {
    return doc.blocks().stream()
        .filter(b -> b.type() == BlockType.TABLE)
        .flatMap(b -> b.rows().stream())
        .flatMap(List::stream)
        .filter(cell -> !TableMetricBinder.prose(cell))
        .sorted()
        .toList();
  }
}
