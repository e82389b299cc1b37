package io.github.vanban.solr;

import io.github.vanban.search.index.DocumentMapper;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.StoredOutline;
import io.github.vanban.search.query.ParsedSearch;
import io.github.vanban.search.query.SearchHit;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import io.github.vanban.search.query.Snippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Runs the local index's ranked search on Solr: the query the local parser builds, written in
 * Solr's syntax ({@link SolrQueryWriter}), filters as filter queries, scores from the whole
 * collection's statistics (the configset's {@code ExactStatsCache}), ties by source, snippets cut
 * from the stored text as the local index cuts them, facets from a JSON facet request. Stateless
 * and thread-safe.
 */
final class SolrTextSearch {

  private SolrTextSearch() {}

  static SearchResult find(SolrCalls solr, SearchQuery q) throws IOException {
    ParsedSearch parsed = ParsedSearch.parse(q.text());
    SolrQueryWriter user = SolrQueryWriter.of(parsed.query(), "vq");
    SolrQuery s = SolrCalls.with(new SolrQuery(user.text()), user.params());
    s.set("q.op", "OR");
    s.addFilterQuery("{!term f=" + IndexFields.KIND + "}" + IndexFields.KIND_DOC);
    filters(s, q);
    s.setRows(q.limit());
    s.setFields(
        IndexFields.SOURCE,
        "score",
        IndexFields.TITLE,
        IndexFields.NUMBER,
        IndexFields.TYPE,
        IndexFields.ISSUED,
        IndexFields.TEXT,
        IndexFields.OUTLINE);
    s.setSort("score", SolrQuery.ORDER.desc);
    s.addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
    s.set("json.facet", SolrFacets.request(IndexFields.FACET_DIMS));
    QueryResponse r = solr.query(s);
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      Snippet snippet = parsed.snippet(SolrRecords.string(d, IndexFields.TEXT));
      hits.add(
          new SearchHit(
              SolrRecords.string(d, IndexFields.SOURCE),
              ((Number) d.getFirstValue("score")).floatValue(),
              SolrRecords.string(d, IndexFields.TITLE),
              SolrRecords.string(d, IndexFields.NUMBER),
              SolrRecords.string(d, IndexFields.TYPE),
              SolrRecords.string(d, IndexFields.ISSUED),
              snippet.html(),
              StoredOutline.where(SolrRecords.string(d, IndexFields.OUTLINE), snippet.marked())));
    }
    return new SearchResult(
        q.text(), r.getResults().getNumFound(), hits, SolrFacets.counts(r, IndexFields.FACET_DIMS));
  }

  private static void filters(SolrQuery s, SearchQuery q) {
    if (q.type() != null) {
      s.addFilterQuery("{!term f=" + IndexFields.TYPE_KEY + " v=$type}");
      s.set("type", DocumentMapper.typeKey(q.type()));
    }
    if (q.issuer() != null) {
      Query issuer = ParsedSearch.issuerFilter(q.issuer());
      if (issuer != null) {
        SolrQueryWriter w = SolrQueryWriter.of(issuer, "vf");
        SolrCalls.with(s, w.params());
        s.addFilterQuery("{!lucene q.op=OR}" + w.text());
      }
    }
    if (q.from() != null || q.to() != null) {
      s.addFilterQuery(
          IndexFields.ISSUED_DAY
              + ":["
              + (q.from() == null ? "*" : SolrDocuments.instant(q.from()))
              + " TO "
              + (q.to() == null ? "*" : SolrDocuments.instant(q.to()))
              + "]");
    }
  }
}
