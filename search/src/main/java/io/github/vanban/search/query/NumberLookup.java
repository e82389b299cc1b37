package io.github.vanban.search.query;

import io.github.vanban.core.model.Relation;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;

/**
 * Finds the documents with a number and the files citing it, in any spelling of the number.
 * Stateless and thread-safe.
 */
final class NumberLookup {

  private NumberLookup() {}

  static NumberResult find(IndexSearcher searcher, String query) throws IOException {
    String key = DocumentNumbers.key(query);
    if (key.isEmpty() || !key.chars().anyMatch(Character::isDigit)) {
      throw new InvalidQueryException("not a document number: '" + query.strip() + "'");
    }
    List<DocumentSummary> documents = new ArrayList<>();
    for (Document d :
        Searches.all(
            searcher,
            Searches.ofKind(IndexFields.KIND_DOC)
                .add(Searches.term(IndexFields.NUMBER_KEY, key), Occur.FILTER)
                .build(),
            Searches.SUMMARY_FIELDS)) {
      documents.add(StoredRecords.summary(d));
    }
    documents.sort(Comparator.comparing(DocumentSummary::source));
    List<Document> refs =
        Searches.all(
            searcher,
            Searches.ofKind(IndexFields.KIND_REF)
                .add(Searches.term(IndexFields.REF_KEY, key), Occur.FILTER)
                .build(),
            null);
    String number =
        documents.stream()
            .map(DocumentSummary::number)
            .filter(n -> n != null)
            .findFirst()
            .orElse(refs.isEmpty() ? null : refs.get(0).get(IndexFields.REF_NUMBER));
    return new NumberResult(query, number, documents, citations(refs, key));
  }

  /** Returns one citation per citing file other than the document itself, by source. */
  private static List<Citation> citations(List<Document> refs, String key) {
    refs.sort(
        Comparator.comparing((Document d) -> d.get(IndexFields.SOURCE))
            .thenComparingInt(d -> d.getField(IndexFields.START).numericValue().intValue()));
    Map<String, List<Document>> bySource = new LinkedHashMap<>();
    for (Document d : refs) {
      String own = d.get(IndexFields.SOURCE_NUMBER);
      if (own == null || !DocumentNumbers.key(own).equals(key)) {
        bySource.computeIfAbsent(d.get(IndexFields.SOURCE), s -> new ArrayList<>()).add(d);
      }
    }
    List<Citation> out = new ArrayList<>(bySource.size());
    bySource.forEach((source, mentions) -> out.add(citation(source, mentions)));
    return out;
  }

  private static Citation citation(String source, List<Document> mentions) {
    Document chosen =
        mentions.stream()
            .filter(d -> !Relation.MENTIONS.name().equals(d.get(IndexFields.RELATION)))
            .findFirst()
            .orElse(mentions.get(0));
    return new Citation(
        source,
        chosen.get(IndexFields.SOURCE_NUMBER),
        Relation.valueOf(chosen.get(IndexFields.RELATION)),
        chosen.get(IndexFields.MENTION_TEXT),
        chosen.get(IndexFields.SENTENCE),
        mentions.size());
  }
}
