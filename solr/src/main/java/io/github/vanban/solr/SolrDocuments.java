package io.github.vanban.solr;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.search.index.DocumentValues;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.StoredOutline;
import io.github.vanban.search.sync.SourceDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * Maps an analysed file to its Solr block: the file's document ({@code kind:doc}, id the source)
 * with its metric mentions as children under {@value #METRICS} and its references under {@value
 * #REFS} ({@code _nest_path_}), valued as the local index values them. Stateless and thread-safe.
 */
final class SolrDocuments {

  /** The unique key. */
  static final String ID = "id";

  /** The field of every document of a block holding the block's root id. */
  static final String ROOT = "_root_";

  /** The parent field the metric children hang under. */
  static final String METRICS = "metrics";

  /** The parent field the reference children hang under. */
  static final String REFS = "refs";

  private SolrDocuments() {}

  /** Returns the block of {@code file}. */
  static SolrInputDocument block(SourceDocument file) {
    AnalyzedDocument doc = file.document();
    String source = file.source();
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, source);
    d.setField(IndexFields.KIND, IndexFields.KIND_DOC);
    d.setField(IndexFields.SOURCE, source);
    d.setField(IndexFields.HASH, file.hash());
    d.setField(IndexFields.FORMAT, doc.metadata().format());
    d.setField(IndexFields.PAGES, doc.metadata().pages());
    d.setField(IndexFields.TITLE, DocumentValues.title(doc));
    header(d, doc.header());
    DocumentValues.year(doc).ifPresent(y -> d.setField(IndexFields.YEAR, y));
    d.setField(IndexFields.TEXT, doc.text());
    dates(d, doc.dates());
    Set<String> cited = new LinkedHashSet<>();
    for (DocumentNumber r : doc.references()) {
      if (hasKey(r.number())) {
        cited.add(r.number());
      }
    }
    cited.forEach(n -> d.addField(IndexFields.CITES, n));
    d.setField(IndexFields.COUNT_REFERENCES, doc.references().size());
    d.setField(IndexFields.COUNT_DATES, doc.dates().size());
    d.setField(IndexFields.COUNT_FIGURES, doc.figures().size());
    d.setField(IndexFields.COUNT_METRICS, doc.metrics().size());
    put(d, IndexFields.OUTLINE, StoredOutline.encode(doc.get(StructureLayer.STRUCTURE)));
    String own = doc.header() == null ? null : doc.header().number();
    d.setField(METRICS, metrics(source, own, doc));
    d.setField(REFS, references(source, own, doc));
    return d;
  }

  private static void header(SolrInputDocument d, Header h) {
    if (h == null) {
      return;
    }
    put(d, IndexFields.NUMBER, h.number());
    put(d, IndexFields.TYPE, h.type());
    put(d, IndexFields.TYPE_NAME, h.typeName());
    put(d, IndexFields.ISSUER, h.issuer());
    put(d, IndexFields.ISSUER_PARENT, h.issuerParent());
    put(d, IndexFields.PLACE, h.place());
    put(d, IndexFields.SUBJECT, h.subject());
    put(d, IndexFields.SIGNER, h.signer());
    put(d, IndexFields.SIGNER_TITLE, h.signerTitle());
    put(d, IndexFields.ISSUED, h.issuedText());
    Optional.ofNullable(h.issued())
        .filter(p -> p.start().equals(p.end()))
        .ifPresent(p -> d.setField(IndexFields.ISSUED_DAY, instant(p.start())));
  }

  private static void dates(SolrInputDocument d, List<DateMention> dates) {
    Set<String> seen = new LinkedHashSet<>();
    for (DateMention m : dates) {
      if (seen.add(m.value())) {
        d.addField(IndexFields.DATES, range(m.date()));
      }
    }
  }

  private static List<SolrInputDocument> metrics(String source, String own, AnalyzedDocument doc) {
    List<SolrInputDocument> out = new ArrayList<>(doc.metrics().size());
    List<Metric> metrics = doc.metrics();
    for (int i = 0; i < metrics.size(); i++) {
      Metric m = metrics.get(i);
      SolrInputDocument d = child(source, IndexFields.KIND_METRIC, "m", i, own);
      d.setField(IndexFields.INDICATOR, m.indicator());
      put(d, IndexFields.LABEL, m.label());
      Figure f = m.figure();
      d.setField(IndexFields.FIGURE_KIND, f.kind().name());
      d.setField(IndexFields.VALUE, f.value());
      put(d, IndexFields.MAX, f.max());
      d.setField(IndexFields.UNIT, f.unit());
      put(d, IndexFields.PER, f.per());
      put(d, IndexFields.QUALIFIER, f.qualifier() == null ? null : f.qualifier().name());
      put(d, IndexFields.STATUS, m.status() == null ? null : m.status().name());
      DateValue p = m.period();
      if (p != null) {
        d.setField(IndexFields.PERIOD, p.text());
        d.setField(IndexFields.PERIOD_RANGE, range(p));
        d.setField(IndexFields.PERIOD_START, instant(p.start()));
        d.setField(IndexFields.PERIOD_END, instant(p.end()));
      }
      put(d, IndexFields.COMPARISON, Objects.toString(m.comparison(), null));
      d.setField(IndexFields.SENTENCE, DocumentValues.sentence(doc, m));
      put(d, IndexFields.WHERE, m.where());
      mention(d, m.text(), m.span().start(), m.span().end());
      out.add(d);
    }
    return out;
  }

  private static List<SolrInputDocument> references(
      String source, String own, AnalyzedDocument doc) {
    List<SolrInputDocument> out = new ArrayList<>(doc.references().size());
    List<DocumentNumber> refs = doc.references();
    for (int i = 0; i < refs.size(); i++) {
      DocumentNumber r = refs.get(i);
      if (!hasKey(r.number())) {
        continue;
      }
      SolrInputDocument d = child(source, IndexFields.KIND_REF, "r", i, own);
      d.setField(IndexFields.REF_NUMBER, r.number());
      d.setField(IndexFields.RELATION, r.relation().name());
      put(d, IndexFields.REF_TYPE_NAME, r.typeName());
      put(d, IndexFields.REF_DATE, Objects.toString(r.date(), null));
      d.setField(IndexFields.SENTENCE, DocumentValues.sentence(doc, r));
      mention(d, r.text(), r.span().start(), r.span().end());
      out.add(d);
    }
    return out;
  }

  /** A child's id sorts its siblings in the file's order: the source, a letter and 6 digits. */
  private static SolrInputDocument child(
      String source, String kind, String letter, int index, String own) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, source + "#" + letter + String.format(Locale.ROOT, "%06d", index));
    d.setField(IndexFields.KIND, kind);
    d.setField(IndexFields.SOURCE, source);
    put(d, IndexFields.SOURCE_NUMBER, own);
    return d;
  }

  private static void mention(SolrInputDocument d, String text, int start, int end) {
    d.setField(IndexFields.MENTION_TEXT, text);
    d.setField(IndexFields.START, start);
    d.setField(IndexFields.END, end);
  }

  private static boolean hasKey(String number) {
    return number != null && !DocumentNumbers.key(number).isEmpty();
  }

  private static void put(SolrInputDocument d, String field, Object value) {
    if (value != null) {
      d.setField(field, value);
    }
  }

  /** Returns a day as the instant Solr's date fields take: midnight UTC. */
  static String instant(LocalDate day) {
    return day + "T00:00:00Z";
  }

  /** Returns the days of a period as a DateRangeField value. */
  static String range(DateValue p) {
    return "[" + p.start() + " TO " + p.end() + "]";
  }
}
