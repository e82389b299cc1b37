package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;

/** Computes {@link IndexStats}. Thread-safe. */
final class StatsReader {

  private final FacetCounter facets = new FacetCounter();

  IndexStats read(IndexSearcher searcher) throws IOException {
    Query docs = Searches.ofKind(IndexFields.KIND_DOC).build();
    Query metrics = Searches.ofKind(IndexFields.KIND_METRIC).build();
    Map<String, Map<String, Integer>> byDoc = count(searcher, docs, IndexFields.FACET_DIMS);
    Map<String, Map<String, Integer>> byMetric =
        count(searcher, metrics, List.of(IndexFields.INDICATOR));
    return new IndexStats(
        searcher.count(docs),
        sum(searcher, IndexFields.COUNT_REFERENCES),
        sum(searcher, IndexFields.COUNT_DATES),
        sum(searcher, IndexFields.COUNT_FIGURES),
        searcher.count(metrics),
        byDoc.getOrDefault(IndexFields.FORMAT, Map.of()),
        byDoc.getOrDefault(IndexFields.TYPE, Map.of()),
        byDoc.getOrDefault(IndexFields.ISSUER, Map.of()),
        byDoc.getOrDefault(IndexFields.YEAR, Map.of()),
        byMetric.getOrDefault(IndexFields.INDICATOR, Map.of()));
  }

  private Map<String, Map<String, Integer>> count(
      IndexSearcher searcher, Query query, List<String> dims) throws IOException {
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager());
    return facets.count(searcher.getIndexReader(), r.facetsCollector(), dims);
  }

  private static long sum(IndexSearcher searcher, String field) throws IOException {
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(field);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
        if (live == null || live.get(d)) {
          total += values.longValue();
        }
      }
    }
    return total;
  }
}
