package io.github.vanban.search.index;

import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * The Lucene mapping of the reference layer: on the file's document the key of each distinct cited
 * number ({@link IndexFields#CITES}, for {@code cites:} queries) and the number of references
 * ({@link IndexFields#COUNT_REFERENCES}); then one {@code ref} document per reference with a
 * number, carrying the file's source and own number so a query needs no join.
 *
 * <p>Stateless and thread-safe.
 */
final class ReferenceFields implements LayerFields<List<DocumentNumber>> {

  @Override
  public void addFields(List<DocumentNumber> references, MappedFile file, Document d) {
    Set<String> keys = new LinkedHashSet<>();
    for (DocumentNumber r : references) {
      keys.add(key(r));
    }
    keys.remove("");
    keys.forEach(k -> d.add(new StringField(IndexFields.CITES, k, Store.NO)));
    d.add(new NumericDocValuesField(IndexFields.COUNT_REFERENCES, references.size()));
  }

  @Override
  public List<Document> documents(List<DocumentNumber> references, MappedFile file) {
    List<Document> out = new ArrayList<>(references.size());
    for (DocumentNumber r : references) {
      String key = key(r);
      if (!key.isEmpty()) {
        out.add(document(r, key, file));
      }
    }
    return out;
  }

  private static Document document(DocumentNumber r, String key, MappedFile file) {
    Document d = file.newDocument(IndexFields.KIND_REF);
    d.add(new StringField(IndexFields.REF_KEY, key, Store.NO));
    d.add(new StoredField(IndexFields.REF_NUMBER, r.number()));
    d.add(new StoredField(IndexFields.RELATION, r.relation().name()));
    Fields.store(d, IndexFields.REF_TYPE_NAME, r.typeName());
    Fields.store(d, IndexFields.REF_DATE, Objects.toString(r.date(), null));
    Fields.store(d, IndexFields.SENTENCE, DocumentValues.sentence(file.document(), r));
    Fields.mention(d, r.text(), r.span());
    return d;
  }

  /** Returns the key of a reference's number, {@code ""} when it has none. */
  private static String key(DocumentNumber r) {
    return r.number() == null ? "" : DocumentNumbers.key(r.number());
  }
}
