package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facet values of matching documents from SortedSetDocValues, keeping the per-reader state
 * until the reader changes.
 *
 * <p>Thread-safe.
 */
final class FacetCounter {

  private record State(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private State cached;

  /**
   * Returns, for each of {@code dims}, every value the collected documents have with its count,
   * largest first; dimensions no document has are left out.
   */
  Map<String, Map<String, Integer>> count(
      IndexReader reader, FacetsCollector collected, List<String> dims) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = state(reader);
    if (state == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, collected);
    for (String dim : dims) {
      Map<String, Integer> values = values(facets, state, dim);
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return out;
  }

  private static Map<String, Integer> values(
      Facets facets, SortedSetDocValuesReaderState state, String dim) throws IOException {
    Map<String, Integer> values = new LinkedHashMap<>();
    if (state.getOrdRange(dim) == null) {
      return values;
    }
    FacetResult r = facets.getAllChildren(dim);
    if (r != null) {
      Arrays.stream(r.labelValues)
          .sorted(
              Comparator.comparingInt((LabelAndValue lv) -> -lv.value.intValue())
                  .thenComparing(lv -> lv.label))
          .forEach(lv -> values.put(lv.label, lv.value.intValue()));
    }
    return values;
  }

  private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    if (cached == null || cached.reader() != reader) {
      SortedSetDocValuesReaderState s;
      try {
        s = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
      } catch (IllegalArgumentException noFacetsYet) {
        s = null;
      }
      cached = new State(reader, s);
    }
    return cached.state();
  }
}
