package io.github.vanban.solr;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Metric;
import io.github.vanban.search.index.DocumentValues;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.MappedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr mapping of the metric layer: the number of metrics on the file's document and one child
 * per metric under {@value SolrDocuments#METRICS}, carrying the file's source and own number so a
 * query needs no join. Stateless and thread-safe.
 */
final class SolrMetricFields implements SolrLayerFields<List<Metric>> {

  @Override
  public void addFields(List<Metric> metrics, MappedFile file, SolrInputDocument d) {
    d.setField(IndexFields.COUNT_METRICS, metrics.size());
    List<SolrInputDocument> children = new ArrayList<>(metrics.size());
    for (int i = 0; i < metrics.size(); i++) {
      children.add(child(metrics.get(i), i, file));
    }
    d.setField(SolrDocuments.METRICS, children);
  }

  private static SolrInputDocument child(Metric m, int index, MappedFile file) {
    SolrInputDocument d = SolrDocuments.child(file, IndexFields.KIND_METRIC, "m", index);
    d.setField(IndexFields.INDICATOR, m.indicator());
    SolrDocuments.put(d, IndexFields.LABEL, m.label());
    Figure f = m.figure();
    d.setField(IndexFields.FIGURE_KIND, f.kind().name());
    d.setField(IndexFields.VALUE, f.value());
    SolrDocuments.put(d, IndexFields.MAX, f.max());
    d.setField(IndexFields.UNIT, f.unit());
    SolrDocuments.put(d, IndexFields.PER, f.per());
    SolrDocuments.put(
        d, IndexFields.QUALIFIER, f.qualifier() == null ? null : f.qualifier().name());
    SolrDocuments.put(d, IndexFields.STATUS, m.status() == null ? null : m.status().name());
    DateValue p = m.period();
    if (p != null) {
      d.setField(IndexFields.PERIOD, p.text());
      d.setField(IndexFields.PERIOD_RANGE, SolrDocuments.range(p));
      d.setField(IndexFields.PERIOD_START, SolrDocuments.instant(p.start()));
      d.setField(IndexFields.PERIOD_END, SolrDocuments.instant(p.end()));
    }
    SolrDocuments.put(d, IndexFields.COMPARISON, Objects.toString(m.comparison(), null));
    d.setField(IndexFields.SENTENCE, DocumentValues.sentence(file.document(), m));
    SolrDocuments.put(d, IndexFields.WHERE, m.where());
    SolrDocuments.mention(d, m.text(), m.span());
    return d;
  }
}
