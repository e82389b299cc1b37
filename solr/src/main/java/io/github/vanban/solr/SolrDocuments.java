package io.github.vanban.solr;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.search.index.DocumentValues;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.MappedFile;
import io.github.vanban.search.sync.SourceDocument;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.solr.common.SolrInputDocument;

/**
 * Maps an analysed file to its Solr block: the file's document ({@code kind:doc}, id the source)
 * with its own fields, then the fields of each layer, which this class does not name: it runs the
 * mappings of its {@link SolrMappings}, whose metric and reference mappings add the children (under
 * {@value #METRICS} and {@value #REFS}, {@code _nest_path_}), valued as the local index values
 * them. Immutable and thread-safe.
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

  private final SolrMappings mappings;

  /** Creates a mapper of the layers {@code mappings} registers. */
  SolrDocuments(SolrMappings mappings) {
    this.mappings = mappings;
  }

  /** Returns the block of {@code file}. */
  SolrInputDocument block(SourceDocument file) {
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
    DocumentValues.year(doc).ifPresent(y -> d.setField(IndexFields.YEAR, y));
    d.setField(IndexFields.TEXT, doc.text());
    mappings.addFields(new MappedFile(source, doc), d);
    return d;
  }

  /**
   * Returns a new child of {@code file}'s block: its kind, the file's source and own number. Its id
   * sorts its siblings in the file's order: the source, a letter and 6 digits.
   */
  static SolrInputDocument child(MappedFile file, String kind, String letter, int index) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, file.source() + "#" + letter + String.format(Locale.ROOT, "%06d", index));
    d.setField(IndexFields.KIND, kind);
    d.setField(IndexFields.SOURCE, file.source());
    put(d, IndexFields.SOURCE_NUMBER, file.ownNumber());
    return d;
  }

  /** Sets a mention's text and offsets. */
  static void mention(SolrInputDocument d, String text, TextSpan span) {
    d.setField(IndexFields.MENTION_TEXT, text);
    d.setField(IndexFields.START, span.start());
    d.setField(IndexFields.END, span.end());
  }

  /** Sets {@code field} to {@code value} unless it is null. */
  static void put(SolrInputDocument d, String field, Object value) {
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
