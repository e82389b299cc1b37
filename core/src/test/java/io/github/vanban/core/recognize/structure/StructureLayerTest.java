package io.github.vanban.core.recognize.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.pipeline.IndexField;
import io.github.vanban.core.pipeline.LayerIndexer;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureLayerTest {

  @Test
  void extractJsonPrintsTheStructureAfterTheMetrics() {
    String text = "Điều 1. Phạm vi\n1. Khoản một.";
    String json = new AnalysisJsonWriter().write("a.txt", DefaultPipeline.create().analyze(text));
    assertTrue(
        json.endsWith(
            "\"metrics\":[],\"structure\":[{\"level\":\"ARTICLE\",\"label\":\"Điều 1\","
                + "\"title\":\"Phạm vi\",\"start\":0,\"end\":29,\"children\":[{\"level\":\"CLAUSE\","
                + "\"label\":\"Khoản 1\",\"title\":null,\"start\":16,\"end\":29,\"children\":[]}]}]}"),
        json);
  }

  @Test
  void indexesEveryHeadingDownToTheArticlesButNoClause() {
    String text =
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Khoản một.\na) Điểm a.\n"
            + "Điều 2. Đối tượng áp dụng\nNội dung.\nChương II\nĐiều 3\nNội dung.";
    LayerIndexer<List<StructureNode>> indexer = StructureLayer.STRUCTURE.indexer().orElseThrow();
    List<IndexField> fields =
        indexer.fields(DefaultPipeline.create().analyze(text).get(StructureLayer.STRUCTURE));
    assertEquals(
        List.of(
            "Chương I. QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh",
            "Điều 2. Đối tượng áp dụng",
            "Chương II",
            "Điều 3"),
        fields.stream().map(IndexField::value).toList());
    assertTrue(fields.stream().allMatch(f -> f.name().equals(StructureLayer.SECTIONS_FIELD)));
  }

  @Test
  void indexesNothingWithoutStructure() {
    assertEquals(List.of(), StructureLayer.STRUCTURE.indexer().orElseThrow().fields(List.of()));
  }
}
