package io.github.vanban.core.recognize.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.json.AnalysisJsonWriter;
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
}
