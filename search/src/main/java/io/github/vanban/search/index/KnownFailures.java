package io.github.vanban.search.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The files earlier runs could not index, kept in the index as one failure document each (kind
 * {@link IndexFields#KIND_FAILURE}) with the content hash they had: a rerun that meets the same
 * file unchanged reports it again without reading it, as a known failure, not a new one. Queries
 * never see these documents (they ask for other kinds). Stateless and thread-safe.
 */
final class KnownFailures {

  /** A failure as recorded, with the hash of the content that failed ({@code ""} if unread). */
  record Known(Failure failure, String hash) {}

  private KnownFailures() {}

  /** Returns the failures {@code reader} sees, by file id. */
  static Map<String, Known> read(DirectoryReader reader) throws IOException {
    Map<String, Known> out = new HashMap<>();
    IndexSearcher searcher = new IndexSearcher(reader);
    TermQuery q = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_FAILURE));
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs) {
      Document d = stored.document(sd.doc);
      Failure f =
          new Failure(
              d.get(IndexFields.SOURCE),
              d.get(IndexFields.FAILURE_REASON),
              d.get(IndexFields.FAILURE_MESSAGE));
      out.put(f.source(), new Known(f, d.get(IndexFields.FAILURE_HASH)));
    }
    return out;
  }

  /** Returns the failure document recording {@code f} for content {@code hash}. */
  static Document document(Failure f, String hash) {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, IndexFields.KIND_FAILURE, Field.Store.NO));
    d.add(new StringField(IndexFields.SOURCE, f.source(), Field.Store.YES));
    d.add(new StoredField(IndexFields.FAILURE_REASON, f.reason()));
    d.add(new StoredField(IndexFields.FAILURE_MESSAGE, f.message()));
    d.add(new StoredField(IndexFields.FAILURE_HASH, hash));
    return d;
  }
}
