package io.github.vanban.search.index;

import io.github.vanban.analysis.AnalyzedText;
import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.text.VietnameseText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Maps one analysed file to its Lucene documents: the file's {@code doc} first, then the documents
 * of its layers' mappings (a {@code metric} per metric mention, a {@code ref} per reference), all
 * sharing {@link IndexFields#SOURCE} so they are replaced together.
 *
 * <p>The file's {@code doc} holds the file's own fields (source, hash, format, pages, title, year
 * and text) and the fields of each layer, which this class does not name: it runs the mappings of
 * its {@link LayerMappings} (the header, dates, figures, metrics, references and the structure's
 * outline in {@link LayerMappings#STANDARD}), then the indexer of every layer whose key brings one
 * (the structure's {@link IndexFields#SECTIONS}).
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentMapper {

  /** Bigrams need no positions: they only score adjacency. */
  private static final FieldType BIGRAMS = bigramType();

  private final FacetsConfig facets = IndexFields.facetsConfig();
  private final LayerMappings mappings;

  /** Creates a mapper of vanban's built-in layers ({@link LayerMappings#STANDARD}). */
  public DocumentMapper() {
    this(LayerMappings.STANDARD);
  }

  /**
   * Creates a mapper of the layers {@code mappings} registers.
   *
   * @param mappings the mapping of each layer
   */
  public DocumentMapper(LayerMappings mappings) {
    this.mappings = Objects.requireNonNull(mappings, "mappings");
  }

  /**
   * Returns the Lucene documents of a file.
   *
   * @param source the file's path relative to the indexed root, {@code /}-separated
   * @param hash the SHA-256 of the file's bytes, hex
   * @param doc the analysed file
   * @return the file's document first, then the documents of its layers' mappings, in their order
   */
  public List<Document> map(String source, String hash, AnalyzedDocument doc) {
    MappedFile file = new MappedFile(source, doc);
    List<LayerMappings.Mapping<?>> layers = mappings.of(doc);
    Document fileDoc = file(source, hash, doc);
    layers.forEach(m -> m.addFields(file, fileDoc));
    List<Document> out = new ArrayList<>();
    out.add(build(fileDoc));
    for (LayerMappings.Mapping<?> m : layers) {
      m.documents(file).forEach(d -> out.add(build(d)));
    }
    return out;
  }

  private Document build(Document d) {
    try {
      return facets.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException("facet fields could not be built", e);
    }
  }

  /** Returns the file's document with the file's own fields, before those of its layers. */
  private static Document file(String source, String hash, AnalyzedDocument doc) {
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
    DocumentValues.year(doc).ifPresent(y -> year(d, y));
    text(d, doc.text());
    return d;
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

  private static FieldType bigramType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }
}
