package io.github.vanban.search.index;

import io.github.vanban.core.model.TextSpan;
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

  /** Stores a mention as written and its UTF-16 offsets in the file's text. */
  static void mention(Document doc, String text, TextSpan span) {
    doc.add(new StoredField(IndexFields.MENTION_TEXT, text));
    doc.add(new StoredField(IndexFields.START, span.start()));
    doc.add(new StoredField(IndexFields.END, span.end()));
  }
}
