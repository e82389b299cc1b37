package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class HeaderFieldsTest {

  private static final MappedFile FILE =
      new MappedFile("nq.txt", AnalyzedDocument.of(ExtractedDocument.ofText("Nghị quyết")));

  @Test
  void theHeaderIsStoredWithItsKeysFacetsAndIssueDay() {
    Header h =
        new Header(
            "205/2024/NQ-HĐND",
            "NQ",
            "Nghị quyết",
            "Hội đồng nhân dân tỉnh Đồng Tháp",
            null,
            "Đồng Tháp",
            DateValue.parse("2024-07-10"),
            "Về kinh tế số",
            "Nguyễn Văn A",
            "Chủ tịch");
    Document d = new Document();
    new HeaderFields().addFields(h, FILE, d);
    assertEquals("205/2024/NQ-HĐND", d.get(IndexFields.NUMBER));
    assertEquals("205/2024/NQ-HDND", d.getField(IndexFields.NUMBER_KEY).stringValue());
    assertEquals("nq", d.getField(IndexFields.TYPE_KEY).stringValue());
    assertEquals("Hội đồng nhân dân tỉnh Đồng Tháp", d.get(IndexFields.ISSUER));
    assertNull(d.get(IndexFields.ISSUER_PARENT));
    assertEquals("Chủ tịch", d.get(IndexFields.SIGNER_TITLE));
    assertEquals(
        List.of("type/NQ", "issuer/Hội đồng nhân dân tỉnh Đồng Tháp"),
        d.getFields().stream()
            .filter(f -> f instanceof SortedSetDocValuesFacetField)
            .map(f -> (SortedSetDocValuesFacetField) f)
            .map(f -> f.dim + "/" + f.label)
            .toList());
    LongPoint day = (LongPoint) d.getField(IndexFields.ISSUED_DAY);
    assertEquals(LocalDate.of(2024, 7, 10).toEpochDay(), day.numericValue().longValue());
  }

  @Test
  void anIssueMonthIsStoredButIsNoDay() {
    Header h =
        new Header(
            "12/NQ-HĐND",
            null,
            null,
            null,
            null,
            null,
            DateValue.parse("2024-07"),
            null,
            null,
            null);
    Document d = new Document();
    new HeaderFields().addFields(h, FILE, d);
    assertEquals("2024-07", d.get(IndexFields.ISSUED));
    assertEquals(0, d.getFields(IndexFields.ISSUED_DAY).length);
    assertEquals(0, d.getFields(IndexFields.TYPE_KEY).length);
  }

  @Test
  void aFileWithoutHeaderGetsNoField() {
    Document d = new Document();
    new HeaderFields().addFields(null, FILE, d);
    assertEquals(List.of(), Arrays.asList(d.getFields().toArray(IndexableField[]::new)));
  }
}
