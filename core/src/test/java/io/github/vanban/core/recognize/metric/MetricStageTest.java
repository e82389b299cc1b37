package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.recognize.date.IssueLineLayer;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.core.segment.SegmentStage;
import io.github.vanban.core.testing.UpToFigures;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricStageTest {

  @Test
  void declaresItsLayers() {
    MetricStage stage = new MetricStage();
    assertEquals(
        Set.of(
            Layer.NORMALIZED_TEXT,
            Layer.SENTENCES,
            Layer.DATES,
            IssueLineLayer.ISSUE_LINE,
            Layer.FIGURES,
            Layer.JOINED_TEXT,
            StructureLayer.STRUCTURE),
        stage.requires());
    assertEquals(Set.of(Layer.METRICS), stage.produces());
  }

  @Test
  void cannotRunBeforeFigures() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new MetricStage())));
    assertTrue(e.getMessage().contains("FIGURES"), e.getMessage());
  }

  @Test
  void takesAUsersLexicon() {
    Indicator rice = new Indicator("rice", "Rice", "Lúa", List.of("sản lượng lúa"), List.of("tấn"));
    MetricStage stage = new MetricStage(IndicatorLexicon.of(List.of()).with(rice));
    AnalyzedDocument doc = stage.apply(UpToFigures.analyze("Sản lượng lúa đạt 1,2 triệu tấn."));
    assertEquals(List.of("rice"), doc.metrics().stream().map(Metric::indicator).toList());
    assertTrue(doc.layers().contains(Layer.METRICS));
  }

  @Test
  void eachMetricSaysWhereItStandsInTheStructure() {
    AnalyzedDocument doc =
        DefaultPipeline.create()
            .analyze(
                "Năm 2024, thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt 2 tỷ USD.\n"
                    + "Điều 1. Mục tiêu năm 2025\n"
                    + "1. Các chỉ tiêu chủ yếu:\n"
                    + "a) Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt 3 tỷ USD.\n");
    assertEquals(
        Arrays.asList(null, "Điều 1, khoản 1, điểm a"),
        doc.metrics().stream().map(Metric::where).toList());
  }

  @Test
  void addsAnEmptyLayerWhenNothingBinds() {
    AnalyzedDocument doc = new MetricStage().apply(UpToFigures.analyze("Không có số liệu."));
    assertEquals(List.of(), doc.metrics());
    assertTrue(doc.layers().contains(Layer.METRICS));
  }
}
