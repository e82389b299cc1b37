package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;

/** Finds one indexed file by its source. Stateless and thread-safe. */
final class DocumentLookup {

  private DocumentLookup() {}

  static Optional<IndexedDocument> find(IndexSearcher searcher, String source) throws IOException {
    List<Document> found =
        Searches.all(
            searcher,
            Searches.ofKind(IndexFields.KIND_DOC)
                .add(Searches.term(IndexFields.SOURCE, source), Occur.FILTER)
                .build(),
            null);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Document d = found.get(0);
    IndexableField pages = d.getField(IndexFields.PAGES);
    return Optional.of(
        new IndexedDocument(
            StoredRecords.summary(d),
            pages == null ? 0 : pages.numericValue().intValue(),
            d.get(IndexFields.TEXT)));
  }
}
