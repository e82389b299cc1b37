package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Small search helpers shared by the queries. Stateless and thread-safe. */
final class Searches {

  /** Stored fields of a file document other than its (long) text. */
  static final Set<String> SUMMARY_FIELDS = Set.copyOf(SummaryFields.NAMES);

  private Searches() {}

  /** Returns the query matching documents of {@code kind} that also match every filter. */
  static BooleanQuery.Builder ofKind(String kind) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.FILTER);
  }

  /** Returns a filter clause's query for one keyword. */
  static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  /**
   * Returns every document matching a filter-only query, in index order, loading only {@code
   * fields} (all when null). One pass collects the matches without scoring them (a count and a
   * top-n search cost two passes and a heap as large as the result).
   */
  static List<Document> all(IndexSearcher searcher, Query query, Set<String> fields)
      throws IOException {
    int[] docs = searcher.search(query, new MatchingDocs());
    List<Document> out = new ArrayList<>(docs.length);
    // One StoredFields for all: each call of storedFields() opens a reader on every segment.
    StoredFields stored = searcher.storedFields();
    for (int doc : docs) {
      out.add(fields == null ? stored.document(doc) : stored.document(doc, fields));
    }
    return out;
  }
}
