package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.recognize.date.DateStage;
import io.github.vanban.core.segment.SegmentStage;
import io.github.vanban.core.testing.TableFixture;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureStageTest {

  private final Pipeline pipeline =
      new Pipeline(
          List.of(new NormalizeStage(), new SegmentStage(), new DateStage(), new FigureStage()));

  @Test
  void declaresItsLayers() {
    FigureStage stage = new FigureStage();
    assertEquals(Set.of(Layer.NORMALIZED_TEXT, Layer.DATES), stage.requires());
    assertEquals(Set.of(Layer.FIGURES, Layer.JOINED_TEXT), stage.produces());
  }

  @Test
  void setsTheTextWithSoftBreaksJoinedForLaterStages() {
    AnalyzedDocument doc = pipeline.analyze("Sản lượng lúa đạt\n1,2 triệu tấn.\nNăm 2025");
    assertEquals("Sản lượng lúa đạt 1,2 triệu tấn.\nNăm 2025", doc.get(Layer.JOINED_TEXT));
  }

  @Test
  void skipsTheNumbersOfDates() {
    String text = "Ngày 15/12/2024, giai đoạn 2021 - 2025 tăng 12,7%, quý I/2024 đạt 8,79%.";
    AnalyzedDocument doc = pipeline.analyze(text);
    assertEquals(List.of("12,7%", "8,79%"), doc.figures().stream().map(Figure::text).toList());
    assertTrue(doc.layers().contains(Layer.FIGURES));
  }

  @Test
  void readsNormalisedTextWithDashVariants() {
    AnalyzedDocument doc = pipeline.analyze("tỷ trọng 19 \u2013 20% GRDP");
    assertEquals(20.0, doc.figures().get(0).max());
    assertEquals("19 - 20%", doc.figures().get(0).text());
  }

  @Test
  void readsDecomposedTextLikeComposedText() {
    String composed = "Thu hút FDI đạt trên 2,8 tỷ USD, ước đạt 8,42%, hơn 19 triệu lượt khách.";
    String nfd = Normalizer.normalize(composed, Normalizer.Form.NFD);
    List<String> want =
        pipeline.analyze(composed).figures().stream().map(f -> f.kind() + " " + f.value()).toList();
    List<String> got =
        pipeline.analyze(nfd).figures().stream().map(f -> f.kind() + " " + f.value()).toList();
    assertEquals(3, want.size());
    assertEquals(want, got);
  }

  @Test
  void keepsTheWrittenTextOfAFigureAcrossALineBreak() {
    AnalyzedDocument doc = pipeline.analyze("đạt trên 11.000\nUSD mỗi người");
    Figure f = doc.figures().get(0);
    assertEquals("trên 11.000\nUSD", f.text());
    assertEquals("USD", f.unit());
  }

  @Test
  void readsTablesCellByCellAndTextAroundThem() {
    ExtractedDocument extracted =
        TableFixture.document(
            "Tăng trưởng đạt 8,42%.",
            List.of(List.of("Chỉ tiêu", "Tỷ lệ (%)"), List.of("Hộ nghèo", "1,5")),
            "FDI đạt 2,8 tỷ USD.");
    List<Figure> figures = pipeline.analyze(extracted).figures();
    assertEquals(
        List.of("8,42%", "1,5", "2,8 tỷ USD"), figures.stream().map(Figure::text).toList());
  }

  @Test
  void addsAnEmptyLayerToAnEmptyText() {
    AnalyzedDocument doc = pipeline.analyze("");
    assertEquals(List.of(), doc.figures());
    assertTrue(doc.layers().contains(Layer.FIGURES));
  }
}
