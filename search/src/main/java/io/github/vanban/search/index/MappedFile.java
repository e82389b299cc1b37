package io.github.vanban.search.index;

import io.github.vanban.core.model.Header;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;

/**
 * The file a {@link LayerFields} maps a layer of: its source and its analysed document.
 *
 * @param source the file's path relative to the indexed root, {@code /}-separated
 * @param document the analysed file
 */
public record MappedFile(String source, AnalyzedDocument document) {

  /**
   * Checks both parts are present.
   *
   * @param source the file's path relative to the indexed root
   * @param document the analysed file
   */
  public MappedFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
  }

  /**
   * Returns the file's own number, from its header.
   *
   * @return the number as written ({@code 205/NQ-HĐND}), or {@code null} without a header or number
   */
  public String ownNumber() {
    Header h = document.header();
    return h == null ? null : h.number();
  }

  /**
   * Returns a new document of this file besides its own: its kind, the file's source and own number
   * ({@link IndexFields#SOURCE_NUMBER}), so that a query needs no join and the document is replaced
   * with its file.
   *
   * @param kind the value of {@link IndexFields#KIND} ({@link IndexFields#KIND_METRIC})
   * @return a document holding those three fields, to which the caller adds its own
   */
  public Document newDocument(String kind) {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, kind, Store.NO));
    d.add(new StringField(IndexFields.SOURCE, source, Store.YES));
    Fields.store(d, IndexFields.SOURCE_NUMBER, ownNumber());
    return d;
  }
}
