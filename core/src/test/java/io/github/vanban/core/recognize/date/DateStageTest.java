package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateStageTest {

  private final Pipeline pipeline = DefaultPipeline.create();

  @Test
  void daysWithoutYearTakeTheIssueYear() {
    String text =
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 205/NQ-HĐND\n"
            + "Quảng Ninh, ngày 10 tháng 7 năm 2024\nNGHỊ QUYẾT\n"
            + "Hoàn thành trước ngày 15/12 và 6 tháng cuối năm.";
    AnalyzedDocument doc = pipeline.analyze(text);
    List<String> values = doc.dates().stream().map(DateMention::value).toList();
    assertEquals(List.of("2024-07-10", "2024-12-15", "2024-H2"), values);
    assertTrue(doc.layers().contains(Layer.DATES));
  }

  @Test
  void withoutAnIssueLineDaysWithoutYearAreLeftOut() {
    AnalyzedDocument doc = pipeline.analyze("Hoàn thành trước ngày 15/12, giai đoạn 2021-2025.");
    List<String> values = doc.dates().stream().map(DateMention::value).toList();
    assertEquals(List.of("2021/2025"), values);
  }

  @Test
  void offsetsPointIntoTheNormalisedText() {
    AnalyzedDocument doc = pipeline.analyze("Giai đoạn 2016 \u2013 2020 đã qua.");
    DateMention d = doc.dates().get(0);
    assertEquals("Giai đoạn 2016 - 2020", d.span().of(doc.text()));
    assertEquals("2016/2020", d.value());
  }

  @Test
  void emptyTextGivesAnEmptyLayer() {
    AnalyzedDocument doc = pipeline.analyze("");
    assertEquals(List.of(), doc.dates());
    assertTrue(doc.layers().contains(Layer.DATES));
  }

  @Test
  void needsSentences() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Pipeline(List.of(new NormalizeStage(), new DateStage())));
    assertTrue(e.getMessage().contains("SENTENCES"), e.getMessage());
  }
}
