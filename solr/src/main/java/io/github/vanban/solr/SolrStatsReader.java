package io.github.vanban.solr;

import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.IndexStats;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/** Computes {@link IndexStats} from a collection, as the local index does. Thread-safe. */
final class SolrStatsReader {

  private SolrStatsReader() {}

  static IndexStats read(SolrCalls solr) throws IOException {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String f :
        new String[] {
          IndexFields.COUNT_REFERENCES, IndexFields.COUNT_DATES, IndexFields.COUNT_FIGURES
        }) {
      sums.put(f, f);
    }
    QueryResponse docs =
        solr.query(ofKind(IndexFields.KIND_DOC, SolrFacets.request(IndexFields.FACET_DIMS, sums)));
    QueryResponse metrics =
        solr.query(
            ofKind(IndexFields.KIND_METRIC, SolrFacets.request(List.of(IndexFields.INDICATOR))));
    Map<String, Map<String, Integer>> byDoc = SolrFacets.counts(docs, IndexFields.FACET_DIMS);
    return new IndexStats(
        docs.getResults().getNumFound(),
        SolrFacets.sum(docs, IndexFields.COUNT_REFERENCES),
        SolrFacets.sum(docs, IndexFields.COUNT_DATES),
        SolrFacets.sum(docs, IndexFields.COUNT_FIGURES),
        metrics.getResults().getNumFound(),
        byDoc.getOrDefault(IndexFields.FORMAT, Map.of()),
        byDoc.getOrDefault(IndexFields.TYPE, Map.of()),
        byDoc.getOrDefault(IndexFields.ISSUER, Map.of()),
        byDoc.getOrDefault(IndexFields.YEAR, Map.of()),
        SolrFacets.counts(metrics, List.of(IndexFields.INDICATOR))
            .getOrDefault(IndexFields.INDICATOR, Map.of()));
  }

  private static SolrQuery ofKind(String kind, String facets) {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("{!term f=" + IndexFields.KIND + "}" + kind);
    q.setRows(0);
    q.set("json.facet", facets);
    return q;
  }
}
