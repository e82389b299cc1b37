package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class FigureFieldsTest {

  @Test
  void theFileCountsItsFigures() {
    AnalyzedDocument doc =
        DefaultPipeline.create().analyze("Tăng trưởng GRDP đạt 7,5%; thu ngân sách 1.200 tỷ đồng.");
    Document d = new Document();
    new FigureFields().addFields(doc.figures(), new MappedFile("a.txt", doc), d);
    assertEquals(2, doc.figures().size());
    assertEquals(2, d.getField(IndexFields.COUNT_FIGURES).numericValue().intValue());
    assertEquals(1, d.getFields().size());
  }
}
