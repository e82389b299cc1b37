package io.github.vanban.solr;

import io.github.vanban.core.model.Relation;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.Citation;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.InvalidQueryException;
import io.github.vanban.search.query.NumberResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Finds the documents with a number and the files citing it, in any spelling of the number, as the
 * local index does. Stateless and thread-safe.
 */
final class SolrNumberLookup {

  private SolrNumberLookup() {}

  static NumberResult find(SolrCalls solr, String query) throws IOException {
    String key = DocumentNumbers.key(query);
    if (key.isEmpty() || !key.chars().anyMatch(Character::isDigit)) {
      throw new InvalidQueryException("not a document number: '" + query.strip() + "'");
    }
    List<DocumentSummary> documents = new ArrayList<>();
    for (SolrDocument d :
        solr.all(
            ofKind(IndexFields.KIND_DOC, IndexFields.NUMBER_KEY, key)
                .setFields(SolrRecords.SUMMARY_FIELDS))) {
      documents.add(SolrRecords.summary(d));
    }
    documents.sort(Comparator.comparing(DocumentSummary::source));
    List<SolrDocument> refs =
        solr.all(
            ofKind(IndexFields.KIND_REF, IndexFields.REF_KEY, key)
                .setSort(IndexFields.SOURCE, SolrQuery.ORDER.asc)
                .addSort(IndexFields.START, SolrQuery.ORDER.asc)
                .addSort(SolrDocuments.ID, SolrQuery.ORDER.asc));
    String number =
        documents.stream()
            .map(DocumentSummary::number)
            .filter(n -> n != null)
            .findFirst()
            .orElse(
                refs.isEmpty() ? null : SolrRecords.string(refs.get(0), IndexFields.REF_NUMBER));
    return new NumberResult(query, number, documents, citations(refs, key));
  }

  /** The documents of {@code kind} whose {@code field} holds the key {@code key}. */
  private static SolrQuery ofKind(String kind, String field, String key) {
    SolrQuery q = new SolrQuery("{!term f=" + field + " v=$key}");
    q.set("key", key);
    q.addFilterQuery("{!term f=" + IndexFields.KIND + "}" + kind);
    return q;
  }

  /** Returns one citation per citing file other than the document itself, by source. */
  private static List<Citation> citations(List<SolrDocument> refs, String key) {
    Map<String, List<SolrDocument>> bySource = new LinkedHashMap<>();
    for (SolrDocument d : refs) {
      String own = SolrRecords.string(d, IndexFields.SOURCE_NUMBER);
      if (own == null || !DocumentNumbers.key(own).equals(key)) {
        bySource
            .computeIfAbsent(SolrRecords.string(d, IndexFields.SOURCE), s -> new ArrayList<>())
            .add(d);
      }
    }
    List<Citation> out = new ArrayList<>(bySource.size());
    bySource.forEach((source, mentions) -> out.add(citation(source, mentions)));
    return out;
  }

  private static Citation citation(String source, List<SolrDocument> mentions) {
    SolrDocument chosen =
        mentions.stream()
            .filter(
                d -> !Relation.MENTIONS.name().equals(SolrRecords.string(d, IndexFields.RELATION)))
            .findFirst()
            .orElse(mentions.get(0));
    return new Citation(
        source,
        SolrRecords.string(chosen, IndexFields.SOURCE_NUMBER),
        Relation.valueOf(SolrRecords.string(chosen, IndexFields.RELATION)),
        SolrRecords.string(chosen, IndexFields.MENTION_TEXT),
        SolrRecords.string(chosen, IndexFields.SENTENCE),
        mentions.size());
  }
}
