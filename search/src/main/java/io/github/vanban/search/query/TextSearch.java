package io.github.vanban.search.query;

import io.github.vanban.search.index.DocumentMapper;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.StoredOutline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** Runs ranked full-text searches with snippets and facet counts. Thread-safe. */
final class TextSearch {

  static {
    // A query of QueryErrors.MAX_WORDS words makes a few clauses per word (accented and folded
    // fields); Lucene's process-wide default of 1024 refused queries of 512 words. Only raised.
    IndexSearcher.setMaxClauseCount(
        Math.max(IndexSearcher.getMaxClauseCount(), 8 * QueryErrors.MAX_WORDS));
  }

  private final FacetCounter facets = new FacetCounter();

  SearchResult find(IndexSearcher searcher, SearchQuery q) throws IOException {
    ParsedSearch parsed = ParsedSearch.parse(q.text());
    Query user = parsed.query();
    Query query = filtered(user, q);
    TopDocs top;
    FacetsCollector collected;
    try {
      // Two passes: the top hits with block-max WAND, which skips documents that cannot rank, and
      // the facets from every match unscored. One pass scoring every match for both was most of
      // a query's time once matches run into tens of thousands.
      top = searcher.search(query, q.offset() + q.limit());
      collected = searcher.search(query, new FacetsCollectorManager());
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException(
          "invalid query: the regular expression is too complex; make it more precise", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "invalid query: it expands to too many terms; make its wildcards or ranges narrower", e);
    }
    List<SearchHit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int k = q.offset(); k < top.scoreDocs.length; k++) {
      ScoreDoc sd = top.scoreDocs[k];
      Document d = stored.document(sd.doc);
      Snippet snippet = parsed.snippet(d.get(IndexFields.TEXT));
      hits.add(
          new SearchHit(
              d.get(IndexFields.SOURCE),
              sd.score,
              d.get(IndexFields.TITLE),
              d.get(IndexFields.NUMBER),
              d.get(IndexFields.TYPE),
              d.get(IndexFields.ISSUED),
              snippet.html(),
              StoredOutline.where(d.get(IndexFields.OUTLINE), snippet.marked())));
    }
    return new SearchResult(
        q.text(),
        total(collected),
        hits,
        facets.count(searcher.getIndexReader(), collected, IndexFields.FACET_DIMS));
  }

  /** Every match, counted from the facet collector that saw them all (no second search). */
  private static long total(FacetsCollector collected) {
    long total = 0;
    for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
      total += m.totalHits;
    }
    return total;
  }

  private static Query filtered(Query user, SearchQuery q) {
    BooleanQuery.Builder b = Searches.ofKind(IndexFields.KIND_DOC).add(user, Occur.MUST);
    if (q.type() != null) {
      b.add(Searches.term(IndexFields.TYPE_KEY, DocumentMapper.typeKey(q.type())), Occur.FILTER);
    }
    if (q.issuer() != null) {
      Query issuer = ParsedSearch.issuerFilter(q.issuer());
      if (issuer != null) {
        b.add(issuer, Occur.FILTER);
      }
    }
    if (q.from() != null || q.to() != null) {
      long low = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long high = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(IndexFields.ISSUED_DAY, low, high), Occur.FILTER);
    }
    return b.build();
  }
}
