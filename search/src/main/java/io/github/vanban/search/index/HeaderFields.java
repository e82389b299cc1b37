package io.github.vanban.search.index;

import io.github.vanban.core.model.Header;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The Lucene mapping of the header layer: the own number (stored, and its key for {@code number:}),
 * the type (stored, its key for {@code type:}, a facet), the issuer (stored, folded words, a
 * facet), the other header fields stored, and the issue day as a point. A file without a header
 * adds nothing.
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderFields implements LayerFields<Header> {

  @Override
  public void addFields(Header h, MappedFile file, Document d) {
    if (h == null) {
      return;
    }
    Fields.store(d, IndexFields.NUMBER, h.number());
    if (h.number() != null && !DocumentNumbers.key(h.number()).isEmpty()) {
      d.add(new StringField(IndexFields.NUMBER_KEY, DocumentNumbers.key(h.number()), Store.NO));
    }
    if (h.type() != null) {
      d.add(new StoredField(IndexFields.TYPE, h.type()));
      d.add(new StringField(IndexFields.TYPE_KEY, DocumentMapper.typeKey(h.type()), Store.NO));
      d.add(new SortedSetDocValuesFacetField(IndexFields.TYPE, h.type()));
    }
    Fields.store(d, IndexFields.TYPE_NAME, h.typeName());
    if (h.issuer() != null) {
      d.add(new StoredField(IndexFields.ISSUER, h.issuer()));
      d.add(new TextField(IndexFields.ISSUER_FOLDED, h.issuer(), Store.NO));
      d.add(new SortedSetDocValuesFacetField(IndexFields.ISSUER, h.issuer()));
    }
    DocumentValues.storedHeader(h).forEach((name, value) -> Fields.store(d, name, value));
    DocumentValues.issuedDay(h)
        .ifPresent(day -> d.add(new LongPoint(IndexFields.ISSUED_DAY, day.toEpochDay())));
  }
}
