package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.recognize.figure.TableLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds the figures of a table row that names an indicator (EXTRACTION.md, Tables): the status
 * comes from the column header (planned: {@code kế hoạch}, {@code KH}, {@code chỉ tiêu}, {@code mục
 * tiêu} → TARGET; estimated: {@code ước}, {@code ƯTH} → ESTIMATE; achieved: {@code thực hiện},
 * {@code TH}, {@code kết quả}, {@code đạt} → ACTUAL), the period from a date in the column header,
 * else the document's period. Immutable and thread-safe.
 */
final class TableMetricBinder {

  private static final Pattern SERIAL = Pattern.compile("[0-9IVXivx]{1,4}(\\.[0-9]{1,3})*[.)]?");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

  /** A column comparing with a plan or a base ({@code So với KH (%)}) holds no indicator value. */
  private static final List<String> COMPARISON_WORDS = List.of("so với", "so sánh");

  private static final List<String> ESTIMATE_WORDS = List.of("ước", "ưth", "dự ước");
  private static final List<String> TARGET_WORDS =
      List.of("kế hoạch", "kh", "chỉ tiêu", "mục tiêu", "dự kiến", "phấn đấu");
  private static final List<String> ACTUAL_WORDS =
      List.of("thực hiện", "th", "kết quả", "đạt", "số liệu", "lũy kế");

  /** Cells longer than this are prose, read like running text rather than as a table. */
  static final int MAX_CELL = 150;

  private final IndicatorLexicon lexicon;

  TableMetricBinder(IndicatorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Returns the metrics of every table of {@code doc}. */
  List<Metric> bind(AnalyzedDocument doc, DocumentPeriods periods) {
    List<Metric> out = new ArrayList<>();
    for (Map.Entry<Block, TableLayout> table :
        TableLayout.ofTables(doc.text(), doc.blocks()).entrySet()) {
      Block b = table.getKey();
      TableLayout layout = table.getValue();
      int columns = b.rows().stream().mapToInt(List::size).max().orElse(0);
      DateValue[] period = new DateValue[columns];
      MetricStatus[] status = new MetricStatus[columns];
      for (int c = 0; c < columns; c++) {
        String header = CueKey.of(layout.header(c));
        period[c] = period(doc, layout, c, header, periods, b.span().start());
        status[c] = status(header, period[c], periods);
      }
      for (List<TextSpan> row : layout.dataRows()) {
        bindRow(doc, layout, row, period, status, out);
      }
    }
    return out;
  }

  private void bindRow(
      AnalyzedDocument doc,
      TableLayout layout,
      List<TextSpan> row,
      DateValue[] period,
      MetricStatus[] status,
      List<Metric> out) {
    CueMatch cue = row.isEmpty() ? null : rowCue(doc.text(), layout, row);
    if (cue == null) {
      return;
    }
    TextSpan rowSpan = new TextSpan(row.get(0).start(), row.get(row.size() - 1).end());
    for (Figure f : SpanIndex.of(doc.figures(), Figure::span).within(rowSpan)) {
      int c = column(row, f.span());
      if (c >= 0 && status[c] != null && !prose(row.get(c)) && cue.indicator().measures(f)) {
        out.add(
            new Metric(
                f.text(),
                f.span(),
                cue.indicator().id(),
                cue.indicator().label(),
                f,
                period[c],
                status[c],
                null,
                rowSpan.of(doc.text()),
                null));
      }
    }
  }

  /** Returns whether a cell holds prose rather than a label or a value. */
  static boolean prose(TextSpan cell) {
    return cell.length() > MAX_CELL;
  }

  private static int column(List<TextSpan> row, TextSpan span) {
    for (int c = 0; c < row.size(); c++) {
      if (row.get(c).contains(span)) {
        return c;
      }
    }
    return -1;
  }

  /** The indicator cue in the row's text cells before its first figure; serial numbers skipped. */
  private CueMatch rowCue(String text, TableLayout layout, List<TextSpan> row) {
    for (TextSpan cell : row) {
      String content = layout.cellText(cell);
      if (SERIAL.matcher(content).matches()) {
        continue;
      }
      if (!content.isEmpty() && Character.isDigit(content.charAt(0))) {
        return null;
      }
      if (prose(cell)) {
        continue;
      }
      List<CueMatch> found = lexicon.find(cell.of(text));
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  private static DateValue period(
      AnalyzedDocument doc,
      TableLayout layout,
      int column,
      String header,
      DocumentPeriods periods,
      int tableStart) {
    for (TextSpan h : layout.headerSpans(column)) {
      for (DateMention d : doc.dates()) {
        if (h.contains(d.span())) {
          return d.date();
        }
      }
    }
    Matcher m = YEAR.matcher(header);
    return m.find() ? DateValue.year(Integer.parseInt(m.group())) : periods.inherited(tableStart);
  }

  /** Returns the status of a column's values, or null for a column of comparisons. */
  private static MetricStatus status(String header, DateValue period, DocumentPeriods periods) {
    if (hasWord(header, COMPARISON_WORDS)) {
      return null;
    }
    if (hasWord(header, ESTIMATE_WORDS)) {
      return MetricStatus.ESTIMATE;
    }
    if (hasWord(header, TARGET_WORDS)) {
      return MetricStatus.TARGET;
    }
    if (hasWord(header, ACTUAL_WORDS)) {
      return MetricStatus.ACTUAL;
    }
    return period != null
            && periods.reference() != null
            && period.start().isAfter(periods.reference())
        ? MetricStatus.TARGET
        : MetricStatus.ACTUAL;
  }

  private static boolean hasWord(String key, List<String> words) {
    for (String w : words) {
      for (int i = key.indexOf(w); i >= 0; i = key.indexOf(w, i + 1)) {
        if (Clauses.wordEndsAt(key, i + w.length(), w)) {
          return true;
        }
      }
    }
    return false;
  }
}
