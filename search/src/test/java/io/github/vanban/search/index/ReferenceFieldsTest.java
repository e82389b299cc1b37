package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class ReferenceFieldsTest {

  private static final String TEXT =
      "Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh;\n"
          + "Căn cứ Nghị quyết số 06-NQ/TU của Tỉnh ủy;\n"
          + "Thực hiện Nghị quyết số 176/NQ-HĐND, tỉnh đã triển khai nhiều giải pháp.\n";

  @Test
  void theFileCitesEachNumberOnceAndEachReferenceIsADocument() {
    AnalyzedDocument doc = DefaultPipeline.create().analyze(TEXT);
    MappedFile file = new MappedFile("bc.txt", doc);
    Document d = new Document();
    ReferenceFields fields = new ReferenceFields();
    fields.addFields(doc.references(), file, d);
    assertEquals(
        List.of("176/NQ-HDND", "6-NQ/TU"),
        Arrays.stream(d.getFields(IndexFields.CITES)).map(IndexableField::stringValue).toList());
    assertEquals(3, d.getField(IndexFields.COUNT_REFERENCES).numericValue().intValue());
    List<Document> refs = fields.documents(doc.references(), file);
    assertEquals(
        List.of("176/NQ-HĐND", "06-NQ/TU", "176/NQ-HĐND"),
        refs.stream().map(r -> r.get(IndexFields.REF_NUMBER)).toList());
    assertEquals("bc.txt", refs.get(0).get(IndexFields.SOURCE));
    assertEquals(
        TEXT.indexOf("176/NQ-HĐND"),
        refs.get(0).getField(IndexFields.START).numericValue().intValue());
  }

  @Test
  void aTextWithoutReferencesCitesNothing() {
    AnalyzedDocument doc = DefaultPipeline.create().analyze("Bản tin ngắn, không trích dẫn.");
    Document d = new Document();
    ReferenceFields fields = new ReferenceFields();
    fields.addFields(doc.references(), new MappedFile("a.txt", doc), d);
    assertEquals(0, d.getFields(IndexFields.CITES).length);
    assertEquals(0, d.getField(IndexFields.COUNT_REFERENCES).numericValue().intValue());
    assertEquals(List.of(), fields.documents(doc.references(), new MappedFile("a.txt", doc)));
  }
}
