package io.github.vanban.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.LayerKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonWriterTest {

  private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

  @Test
  void writesOneLineWithOutputMdFieldsInOrder() {
    String text = "FDI đạt trên 2,8 tỷ USD";
    Figure f =
        new Figure(
            "trên 2,8 tỷ USD",
            new TextSpan(8, 23),
            FigureKind.MONEY,
            2.8e9,
            null,
            "USD",
            null,
            Qualifier.MORE_THAN,
            null,
            null);
    AnalyzedDocument doc =
        AnalyzedDocument.of(
                new ExtractedDocument(
                    text, List.of(), DocumentMetadata.ofFormat("pdf").withPages(9), List.of("w")))
            .withFigures(List.of(f));
    String json = writer.write("a/b.pdf", doc);
    assertEquals(-1, json.indexOf('\n'));
    assertTrue(
        json.startsWith(
            "{\"source\":\"a/b.pdf\",\"format\":\"pdf\",\"pages\":9,\"error\":null,"
                + "\"warnings\":[\"w\"],\"text\":\"FDI đạt trên 2,8 tỷ USD\",\"header\":null,"),
        json);
    assertTrue(
        json.contains(
            "\"figures\":[{\"kind\":\"MONEY\",\"value\":2.8E9,\"max\":null,\"unit\":\"USD\","
                + "\"per\":null,\"qualifier\":\"MORE_THAN\",\"text\":\"trên 2,8 tỷ USD\","
                + "\"start\":8,\"end\":23}]"),
        json);
  }

  @Test
  void errorLineHoldsOnlySourceAndError() {
    assertEquals(
        "{\"source\":\"x.pdf\",\"error\":\"ENCRYPTED: the PDF needs a password\"}",
        writer.writeError("x.pdf", "ENCRYPTED: the PDF needs a password"));
  }

  @Test
  void escapesControlCharactersAndQuotes() {
    String json =
        writer.write("q\"uote.txt", AnalyzedDocument.of(ExtractedDocument.ofText("a\tb\u0001")));
    assertTrue(json.contains("\"source\":\"q\\\"uote.txt\""), json);
    assertTrue(json.contains("\"text\":\"a\\tb\\u0001\""), json);
  }

  @Test
  void printsEveryPrintedLayerTheDocumentHoldsAfterTheBuiltInOnes() {
    LayerKey<String> language =
        LayerKey.of("LANGUAGE", "vi").printedAs("language", (g, v) -> g.writeString(v));
    LayerKey<String> unprinted = LayerKey.of("SCRATCH", "");
    AnalyzedDocument doc =
        AnalyzedDocument.of(ExtractedDocument.ofText("x"))
            .with(language, "vi")
            .with(unprinted, "not shown");
    String json = writer.write("a.txt", doc);
    assertTrue(
        json.endsWith(
            "\"header\":null,\"references\":[],\"dates\":[],\"figures\":[],\"metrics\":[],"
                + "\"language\":\"vi\"}"),
        json);
  }
}
