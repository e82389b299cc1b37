package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.recognize.structure.StructureLayer;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class StructureFieldsTest {

  @Test
  void theOutlineIsStoredOneLinePerUnit() {
    String text = "Điều 1. Phạm vi\n1. Khoản một.";
    AnalyzedDocument doc = DefaultPipeline.create().analyze(text);
    Document d = new Document();
    new StructureFields()
        .addFields(doc.get(StructureLayer.STRUCTURE), new MappedFile("a.txt", doc), d);
    assertEquals(
        "0\t" + text.length() + "\tARTICLE\tĐiều 1\n16\t" + text.length() + "\tCLAUSE\tKhoản 1\n",
        d.get(IndexFields.OUTLINE));
  }

  @Test
  void aTextWithoutStructureHasNoOutline() {
    AnalyzedDocument doc = DefaultPipeline.create().analyze("Bản tin ngắn.");
    Document d = new Document();
    new StructureFields()
        .addFields(doc.get(StructureLayer.STRUCTURE), new MappedFile("a.txt", doc), d);
    assertNull(d.get(IndexFields.OUTLINE));
  }
}
