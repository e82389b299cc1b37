package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.PeriodRange;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;

/** Finds metric mentions by indicator, period, status and value. Stateless and thread-safe. */
final class MetricSearch {

  /** Oldest period first, mentions without a period last, then by source and position. */
  private static final Comparator<Keyed> ORDER =
      Comparator.comparing(Keyed::start, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(Keyed::end, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(k -> k.row().source())
          .thenComparingInt(k -> k.row().start());

  /** A row with its period parsed once, not at every comparison of the sort. */
  private record Keyed(MetricRow row, LocalDate start, LocalDate end) {
    static Keyed of(MetricRow row) {
      Optional<PeriodRange> p = PeriodRange.parse(row.period());
      return new Keyed(
          row, p.map(PeriodRange::start).orElse(null), p.map(PeriodRange::end).orElse(null));
    }
  }

  private MetricSearch() {}

  static MetricResult find(IndexSearcher searcher, MetricQuery q) throws IOException {
    BooleanQuery.Builder b =
        Searches.ofKind(IndexFields.KIND_METRIC)
            .add(Searches.term(IndexFields.INDICATOR, q.indicator()), Occur.FILTER);
    if (q.status() != null) {
      b.add(Searches.term(IndexFields.STATUS, q.status().name()), Occur.FILTER);
    }
    if (q.period() != null) {
      b.add(
          LongRange.newWithinQuery(
              IndexFields.PERIOD_RANGE,
              new long[] {q.period().startDay()},
              new long[] {q.period().endDay()}),
          Occur.FILTER);
    }
    if (q.min() != null || q.max() != null) {
      double low = q.min() == null ? Double.NEGATIVE_INFINITY : q.min();
      double high = q.max() == null ? Double.POSITIVE_INFINITY : q.max();
      b.add(DoublePoint.newRangeQuery(IndexFields.VALUE, low, high), Occur.FILTER);
    }
    List<Keyed> rows = new ArrayList<>();
    for (Document d : Searches.all(searcher, b.build(), null)) {
      rows.add(Keyed.of(StoredRecords.metric(d)));
    }
    rows.sort(ORDER);
    return new MetricResult(q.indicator(), rows.stream().map(Keyed::row).toList());
  }
}
