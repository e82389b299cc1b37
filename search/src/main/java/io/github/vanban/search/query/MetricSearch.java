package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Finds metric mentions by indicator, period, status and value: Lucene sorts the matches on doc
 * values and only the asked page's stored fields are loaded. Stateless and thread-safe.
 */
final class MetricSearch {

  /** Oldest period first, mentions without a period last, then by source and position. */
  private static final Sort ORDER =
      new Sort(
          lastWhenMissing(IndexFields.PERIOD_START),
          lastWhenMissing(IndexFields.PERIOD_END),
          new SortField(IndexFields.METRIC_SOURCE, SortField.Type.STRING),
          new SortField(IndexFields.METRIC_START, SortField.Type.LONG));

  /** Above this many rows to collect, the matches are counted first to size the sort's queue. */
  private static final int COUNT_FIRST_ABOVE = 1024;

  private MetricSearch() {}

  private static SortField lastWhenMissing(String field) {
    SortField f = new SortField(field, SortField.Type.LONG);
    f.setMissingValue(Long.MAX_VALUE);
    return f;
  }

  static MetricResult find(IndexSearcher searcher, MetricQuery q) throws IOException {
    Query query = query(q);
    long wanted = (long) q.offset() + q.limit();
    if (q.limit() == 0 || wanted > COUNT_FIRST_ABOVE) {
      // The sort's queue is allocated at its full size: no larger than the matches.
      int count = searcher.count(query);
      if (q.limit() == 0 || count <= q.offset()) {
        return new MetricResult(q.indicator(), count, q.offset(), List.of());
      }
      wanted = Math.min(wanted, count);
    }
    // The total is exact (no threshold): it is part of the result.
    TopDocs top =
        searcher.search(
            query, new TopFieldCollectorManager(ORDER, (int) wanted, null, Integer.MAX_VALUE));
    return new MetricResult(
        q.indicator(), top.totalHits.value, q.offset(), page(searcher, top.scoreDocs, q.offset()));
  }

  private static Query query(MetricQuery q) {
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
    return b.build();
  }

  /**
   * Loads the rows of {@code hits} from {@code offset} on, reading the stored fields in index order
   * (neighbours share a compressed block) and returning them in the sort's order.
   */
  private static List<MetricRow> page(IndexSearcher searcher, ScoreDoc[] hits, int offset)
      throws IOException {
    ScoreDoc[] page = Arrays.copyOfRange(hits, Math.min(offset, hits.length), hits.length);
    Integer[] byDoc = new Integer[page.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> page[i].doc));
    MetricRow[] rows = new MetricRow[page.length];
    StoredFields stored = searcher.storedFields();
    for (int i : byDoc) {
      rows[i] = StoredRecords.metric(stored.document(page[i].doc));
    }
    return Arrays.asList(rows);
  }
}
