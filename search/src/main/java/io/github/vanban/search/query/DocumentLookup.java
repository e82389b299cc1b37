package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;

/** Finds one indexed file by its source. Stateless and thread-safe. */
final class DocumentLookup {

  private DocumentLookup() {}

  static Optional<IndexedDocument> find(IndexSearcher searcher, String source) throws IOException {
    List<Document> found = bySource(searcher, source, null);
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

  /** Returns the summary of the file indexed under {@code source}, without loading its text. */
  static Optional<DocumentSummary> summary(IndexSearcher searcher, String source)
      throws IOException {
    return bySource(searcher, source, Searches.SUMMARY_FIELDS).stream()
        .findFirst()
        .map(StoredRecords::summary);
  }

  private static List<Document> bySource(IndexSearcher searcher, String source, Set<String> fields)
      throws IOException {
    return Searches.all(
        searcher,
        Searches.ofKind(IndexFields.KIND_DOC)
            .add(Searches.term(IndexFields.SOURCE, source), Occur.FILTER)
            .build(),
        fields);
  }
}
