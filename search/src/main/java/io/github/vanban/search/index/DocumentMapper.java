package io.github.vanban.search.index;

import io.github.vanban.analysis.AnalyzedText;
import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.IndexField;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.core.text.VietnameseText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Maps one analysed file to its Lucene documents: the file's {@code doc} first, then a {@code
 * metric} per metric mention and a {@code ref} per reference, all sharing {@link
 * IndexFields#SOURCE} so they are replaced together.
 *
 * <p>Besides the fields it names, the file's {@code doc} holds the fields of every layer whose key
 * brings a {@link io.github.vanban.core.pipeline.LayerIndexer} (the structure's {@link
 * IndexFields#SECTIONS}): each value stored as written and indexed as folded words.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentMapper {

  /** Bigrams need no positions: they only score adjacency. */
  private static final FieldType BIGRAMS = bigramType();

  private final FacetsConfig facets = IndexFields.facetsConfig();
  private final MentionMapper mentions = new MentionMapper();

  /**
   * Returns the Lucene documents of a file.
   *
   * @param source the file's path relative to the indexed root, {@code /}-separated
   * @param hash the SHA-256 of the file's bytes, hex
   * @param doc the analysed file
   * @return the file's document first, then one document per metric and per reference
   */
  public List<Document> map(String source, String hash, AnalyzedDocument doc) {
    Header header = doc.header();
    String ownNumber = header == null ? null : header.number();
    List<Document> out = new ArrayList<>(1 + doc.metrics().size() + doc.references().size());
    out.add(build(file(source, hash, doc)));
    mentions.metrics(source, ownNumber, doc).forEach(d -> out.add(build(d)));
    mentions.references(source, ownNumber, doc).forEach(d -> out.add(build(d)));
    return out;
  }

  private Document build(Document d) {
    try {
      return facets.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException("facet fields could not be built", e);
    }
  }

  private Document file(String source, String hash, AnalyzedDocument doc) {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, IndexFields.KIND_DOC, Store.NO));
    d.add(new StringField(IndexFields.SOURCE, source, Store.YES));
    d.add(new SortedDocValuesField(IndexFields.FILE_SOURCE, new BytesRef(source)));
    d.add(new StoredField(IndexFields.HASH, hash));
    d.add(new BinaryDocValuesField(IndexFields.HASH, new BytesRef(hash)));
    String format = doc.metadata().format();
    d.add(new StoredField(IndexFields.FORMAT, format));
    d.add(new SortedSetDocValuesFacetField(IndexFields.FORMAT, format));
    d.add(new StoredField(IndexFields.PAGES, doc.metadata().pages()));
    String title = DocumentValues.title(doc);
    Fields.store(d, IndexFields.TITLE, title);
    d.add(new TextField(IndexFields.TITLE_FOLDED, title, Store.NO));
    header(d, doc.header());
    DocumentValues.year(doc).ifPresent(y -> year(d, y));
    text(d, doc.text());
    dates(d, doc.dates());
    cites(d, doc.references());
    counts(d, doc);
    Fields.store(d, IndexFields.OUTLINE, StoredOutline.encode(doc.get(StructureLayer.STRUCTURE)));
    for (Layer layer : doc.layers()) {
      indexedLayer(d, doc, (LayerKey<?>) layer);
    }
    return d;
  }

  /** Adds the fields a layer's key gives, when it brings an indexer. */
  private static <T> void indexedLayer(Document d, AnalyzedDocument doc, LayerKey<T> key) {
    if (key.indexer().isEmpty()) {
      return;
    }
    for (IndexField f : key.indexer().get().fields(doc.get(key))) {
      d.add(new StoredField(f.name(), f.value()));
      d.add(new TextField(f.name(), AnalyzedText.of(f.value()).stream(Mode.FOLDED)));
    }
  }

  private static void header(Document d, Header h) {
    if (h == null) {
      return;
    }
    Fields.store(d, IndexFields.NUMBER, h.number());
    if (h.number() != null && !DocumentNumbers.key(h.number()).isEmpty()) {
      d.add(new StringField(IndexFields.NUMBER_KEY, DocumentNumbers.key(h.number()), Store.NO));
    }
    if (h.type() != null) {
      d.add(new StoredField(IndexFields.TYPE, h.type()));
      d.add(new StringField(IndexFields.TYPE_KEY, typeKey(h.type()), Store.NO));
      d.add(new SortedSetDocValuesFacetField(IndexFields.TYPE, h.type()));
    }
    Fields.store(d, IndexFields.TYPE_NAME, h.typeName());
    if (h.issuer() != null) {
      d.add(new StoredField(IndexFields.ISSUER, h.issuer()));
      d.add(new TextField(IndexFields.ISSUER_FOLDED, h.issuer(), Store.NO));
      d.add(new SortedSetDocValuesFacetField(IndexFields.ISSUER, h.issuer()));
    }
    Fields.store(d, IndexFields.ISSUER_PARENT, h.issuerParent());
    Fields.store(d, IndexFields.PLACE, h.place());
    Fields.store(d, IndexFields.SUBJECT, h.subject());
    Fields.store(d, IndexFields.SIGNER, h.signer());
    Fields.store(d, IndexFields.SIGNER_TITLE, h.signerTitle());
    Fields.store(d, IndexFields.ISSUED, h.issuedText());
    Optional.ofNullable(h.issued())
        .filter(p -> p.start().equals(p.end()))
        .ifPresent(p -> d.add(new LongPoint(IndexFields.ISSUED_DAY, p.startDay())));
  }

  /**
   * Returns the filter key of a type abbreviation: folded, lower case ({@code QĐ} to {@code qd}).
   *
   * @param type a type abbreviation as written ({@code QĐ}, {@code NQ})
   * @return the key without diacritics, lower case ({@code qd})
   */
  public static String typeKey(String type) {
    return VietnameseText.foldDiacritics(VietnameseText.normalize(type.strip()).text())
        .toLowerCase(Locale.ROOT);
  }

  private static void year(Document d, int year) {
    d.add(new IntPoint(IndexFields.YEAR, year));
    d.add(new StoredField(IndexFields.YEAR, year));
    d.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, Integer.toString(year)));
  }

  /**
   * Adds the text, stored, and its exact, folded and bigram fields, all three from one analysis of
   * the text (the same terms as the fields' analyzers in {@link IndexFields#analyzer()} give).
   */
  private static void text(Document d, String text) {
    AnalyzedText analysed = AnalyzedText.of(text);
    d.add(new StoredField(IndexFields.TEXT, text));
    d.add(new TextField(IndexFields.TEXT, analysed.stream(Mode.EXACT)));
    d.add(new TextField(IndexFields.TEXT_FOLDED, analysed.stream(Mode.FOLDED)));
    d.add(new Field(IndexFields.TEXT_BIGRAMS, analysed.stream(Mode.FOLDED_BIGRAMS), BIGRAMS));
  }

  private static void dates(Document d, List<DateMention> dates) {
    Set<String> seen = new LinkedHashSet<>();
    for (DateMention m : dates) {
      DateValue p = m.date();
      if (seen.add(p.text())) {
        d.add(new LongRange(IndexFields.DATES, new long[] {p.startDay()}, new long[] {p.endDay()}));
      }
    }
  }

  private static void cites(Document d, List<DocumentNumber> references) {
    Set<String> keys = new LinkedHashSet<>();
    for (DocumentNumber r : references) {
      if (r.number() != null) {
        keys.add(DocumentNumbers.key(r.number()));
      }
    }
    keys.remove("");
    keys.forEach(k -> d.add(new StringField(IndexFields.CITES, k, Store.NO)));
  }

  private static void counts(Document d, AnalyzedDocument doc) {
    d.add(new NumericDocValuesField(IndexFields.COUNT_REFERENCES, doc.references().size()));
    d.add(new NumericDocValuesField(IndexFields.COUNT_DATES, doc.dates().size()));
    d.add(new NumericDocValuesField(IndexFields.COUNT_FIGURES, doc.figures().size()));
    d.add(new NumericDocValuesField(IndexFields.COUNT_METRICS, doc.metrics().size()));
  }

  private static FieldType bigramType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }
}
