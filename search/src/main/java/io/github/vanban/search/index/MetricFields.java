package io.github.vanban.search.index;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Metric;
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
 * The Lucene mapping of the metric layer: the number of metrics on the file's document ({@link
 * IndexFields#COUNT_METRICS}) and one {@code metric} document per metric, carrying the file's
 * source and own number so a query needs no join, and where the metric stands in the document's
 * structure ({@link IndexFields#WHERE}).
 *
 * <p>Stateless and thread-safe.
 */
final class MetricFields implements LayerFields<List<Metric>> {

  @Override
  public void addFields(List<Metric> metrics, MappedFile file, Document d) {
    d.add(new NumericDocValuesField(IndexFields.COUNT_METRICS, metrics.size()));
  }

  @Override
  public List<Document> documents(List<Metric> metrics, MappedFile file) {
    List<Document> out = new ArrayList<>(metrics.size());
    for (Metric m : metrics) {
      out.add(document(m, file));
    }
    return out;
  }

  private static Document document(Metric m, MappedFile file) {
    Document d = file.newDocument(IndexFields.KIND_METRIC);
    // Doc values of the sort keys: a query sorts its matches in Lucene and loads only a page.
    d.add(new SortedDocValuesField(IndexFields.METRIC_SOURCE, new BytesRef(file.source())));
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
    Fields.store(d, IndexFields.SENTENCE, DocumentValues.sentence(file.document(), m));
    Fields.store(d, IndexFields.WHERE, m.where());
    Fields.mention(d, m.text(), m.span());
    return d;
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
}
