package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class MappedFileTest {

  private static final AnalyzedDocument LETTER =
      AnalyzedDocument.of(ExtractedDocument.ofText("Số: 45/BC-UBND\nBáo cáo tình hình."));

  @Test
  void aDocumentOfTheFileCarriesItsKindSourceAndOwnNumber() {
    Header header =
        new Header("45/BC-UBND", "BC", "Báo cáo", null, null, null, null, null, null, null);
    Document d = new MappedFile("bc/bc-45.txt", LETTER.withHeader(header)).newDocument("metric");
    assertEquals(
        List.of(IndexFields.KIND, IndexFields.SOURCE, IndexFields.SOURCE_NUMBER),
        d.getFields().stream().map(IndexableField::name).toList());
    assertEquals("metric", d.getField(IndexFields.KIND).stringValue());
    assertEquals(false, d.getField(IndexFields.KIND).fieldType().stored());
    assertEquals("bc/bc-45.txt", d.get(IndexFields.SOURCE));
    assertEquals("45/BC-UBND", d.get(IndexFields.SOURCE_NUMBER));
  }

  @Test
  void aFileWithoutHeaderHasNoOwnNumber() {
    MappedFile file = new MappedFile("tin.txt", LETTER);
    assertNull(file.ownNumber());
    assertNull(file.newDocument("ref").get(IndexFields.SOURCE_NUMBER));
  }

  @Test
  void bothPartsAreRequired() {
    assertThrows(NullPointerException.class, () -> new MappedFile(null, LETTER));
    assertThrows(NullPointerException.class, () -> new MappedFile("a.txt", null));
  }
}
