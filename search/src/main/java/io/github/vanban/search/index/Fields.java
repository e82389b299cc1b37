package io.github.vanban.search.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/** Small helpers for building Lucene documents. Stateless and thread-safe. */
final class Fields {

  private Fields() {}

  /** Stores {@code value} under {@code name} unless it is null (absent values are not stored). */
  static void store(Document doc, String name, String value) {
    if (value != null) {
      doc.add(new StoredField(name, value));
    }
  }
}
