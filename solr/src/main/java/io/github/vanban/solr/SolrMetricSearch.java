package io.github.vanban.solr;

import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.MetricRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Finds metric mentions (the {@code kind:metric} children) by indicator, period, status and value,
 * in the local index's order: oldest period first, mentions without a period last, then source and
 * position. Stateless and thread-safe.
 */
final class SolrMetricSearch {

  private SolrMetricSearch() {}

  static MetricResult find(SolrCalls solr, MetricQuery q) throws IOException {
    SolrQuery query = query(q);
    long total = solr.count(query);
    List<MetricRow> rows = new ArrayList<>();
    if (q.limit() > 0 && total > q.offset()) {
      for (SolrDocument d : solr.page(query, total, q.offset(), q.limit())) {
        rows.add(SolrRecords.metric(d));
      }
    }
    return new MetricResult(q.indicator(), total, q.offset(), rows);
  }

  private static SolrQuery query(MetricQuery q) {
    SolrQuery s = new SolrQuery("*:*");
    s.addFilterQuery("{!term f=" + IndexFields.KIND + "}" + IndexFields.KIND_METRIC);
    s.addFilterQuery("{!term f=" + IndexFields.INDICATOR + " v=$indicator}");
    s.set("indicator", q.indicator());
    if (q.status() != null) {
      s.addFilterQuery("{!term f=" + IndexFields.STATUS + "}" + q.status().name());
    }
    if (q.period() != null) {
      s.addFilterQuery(
          "{!field f="
              + IndexFields.PERIOD_RANGE
              + " op=Within}"
              + SolrDocuments.range(q.period()));
    }
    if (q.min() != null || q.max() != null) {
      s.addFilterQuery(
          IndexFields.VALUE
              + ":["
              + (q.min() == null ? "*" : q.min())
              + " TO "
              + (q.max() == null ? "*" : q.max())
              + "]");
    }
    s.setSort(IndexFields.PERIOD_START, SolrQuery.ORDER.asc);
    s.addSort(IndexFields.PERIOD_END, SolrQuery.ORDER.asc);
    s.addSort(IndexFields.SOURCE, SolrQuery.ORDER.asc);
    s.addSort(IndexFields.START, SolrQuery.ORDER.asc);
    s.addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
    return s;
  }
}
