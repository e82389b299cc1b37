package io.github.vanban.search.index;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a file's metrics and references to one Lucene document each ({@code metric} and {@code
 * ref}), carrying the file's source and own number so a query needs no join; a metric also carries
 * where it stands in the document's structure ({@link IndexFields#WHERE}).
 *
 * <p>Stateless and thread-safe.
 */
final class MentionMapper {

  /** Returns one document per metric of {@code doc}. */
  List<Document> metrics(String source, String ownNumber, AnalyzedDocument doc) {
    List<Document> out = new ArrayList<>(doc.metrics().size());
    for (Metric m : doc.metrics()) {
      Document d = base(IndexFields.KIND_METRIC, source, ownNumber);
      // Doc values of the sort keys: a query sorts its matches in Lucene and loads only a page.
      d.add(new SortedDocValuesField(IndexFields.METRIC_SOURCE, new BytesRef(source)));
      d.add(new NumericDocValuesField(IndexFields.METRIC_START, m.span().start()));
      d.add(new StringField(IndexFields.INDICATOR, m.indicator(), Store.YES));
      d.add(new SortedSetDocValuesFacetField(IndexFields.INDICATOR, m.indicator()));
      Fields.store(d, IndexFields.LABEL, m.label());
      figure(d, m.figure());
      if (m.status() != null) {
        d.add(new StringField(IndexFields.STATUS, m.status().name(), Store.YES));
      }
      period(d, m.period());
      Fields.store(d, IndexFields.COMPARISON, Objects.toString(m.comparison(), null));
      Fields.store(d, IndexFields.SENTENCE, DocumentValues.sentence(doc, m));
      Fields.store(d, IndexFields.WHERE, m.where());
      mention(d, m.text(), m.span().start(), m.span().end());
      out.add(d);
    }
    return out;
  }

  private static void figure(Document d, Figure f) {
    d.add(new StoredField(IndexFields.FIGURE_KIND, f.kind().name()));
    d.add(new DoublePoint(IndexFields.VALUE, f.value()));
    d.add(new StoredField(IndexFields.VALUE, f.value()));
    if (f.max() != null) {
      d.add(new StoredField(IndexFields.MAX, f.max()));
    }
    d.add(new StringField(IndexFields.UNIT, f.unit(), Store.YES));
    Fields.store(d, IndexFields.PER, f.per());
    Fields.store(d, IndexFields.QUALIFIER, f.qualifier() == null ? null : f.qualifier().name());
  }

  private static void period(Document d, DateValue p) {
    if (p == null) {
      return;
    }
    Fields.store(d, IndexFields.PERIOD, p.text());
    d.add(
        new LongRange(
            IndexFields.PERIOD_RANGE, new long[] {p.startDay()}, new long[] {p.endDay()}));
    d.add(new NumericDocValuesField(IndexFields.PERIOD_START, p.startDay()));
    d.add(new NumericDocValuesField(IndexFields.PERIOD_END, p.endDay()));
  }

  /** Returns one document per reference of {@code doc} that has a number. */
  List<Document> references(String source, String ownNumber, AnalyzedDocument doc) {
    List<Document> out = new ArrayList<>(doc.references().size());
    for (DocumentNumber r : doc.references()) {
      String key = r.number() == null ? "" : DocumentNumbers.key(r.number());
      if (key.isEmpty()) {
        continue;
      }
      Document d = base(IndexFields.KIND_REF, source, ownNumber);
      d.add(new StringField(IndexFields.REF_KEY, key, Store.NO));
      d.add(new StoredField(IndexFields.REF_NUMBER, r.number()));
      d.add(new StoredField(IndexFields.RELATION, r.relation().name()));
      Fields.store(d, IndexFields.REF_TYPE_NAME, r.typeName());
      Fields.store(d, IndexFields.REF_DATE, Objects.toString(r.date(), null));
      Fields.store(d, IndexFields.SENTENCE, DocumentValues.sentence(doc, r));
      mention(d, r.text(), r.span().start(), r.span().end());
      out.add(d);
    }
    return out;
  }

  private static Document base(String kind, String source, String ownNumber) {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, kind, Store.NO));
    d.add(new StringField(IndexFields.SOURCE, source, Store.YES));
    Fields.store(d, IndexFields.SOURCE_NUMBER, ownNumber);
    return d;
  }

  private static void mention(Document d, String text, int start, int end) {
    d.add(new StoredField(IndexFields.MENTION_TEXT, text));
    d.add(new StoredField(IndexFields.START, start));
    d.add(new StoredField(IndexFields.END, end));
  }
}
