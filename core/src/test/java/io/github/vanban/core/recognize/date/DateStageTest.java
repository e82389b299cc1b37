package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.segment.SegmentStage;
import io.github.vanban.core.testing.SeedGold;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  void withoutAnIssueLineTheHalfYearsLendTheirOneYear() {
    AnalyzedDocument doc =
        pipeline.analyze(
            "NGHỊ QUYẾT\nVỀ NHIỆM VỤ 6 THÁNG ĐẦU NĂM VÀ TRIỂN KHAI NHIỆM VỤ\n6 THÁNG CUỐI NĂM 2017\n"
                + "Trong 6 tháng đầu năm, kinh tế tăng trưởng khá; hoàn thành trước ngày 15/12.");
    List<String> values = doc.dates().stream().map(DateMention::value).toList();
    assertEquals(List.of("2017-H1", "2017-H2", "2017-H1", "2017-12-15"), values);
  }

  @Test
  void withoutAnIssueLineHalfYearsOfSeveralYearsLendNone() {
    AnalyzedDocument doc =
        pipeline.analyze(
            "So với 6 tháng đầu năm 2016, kết quả 6 tháng đầu năm 2017 cao hơn; quý III tiếp tục.");
    List<String> values = doc.dates().stream().map(DateMention::value).toList();
    assertEquals(List.of("2016-H1", "2017-H1"), values);
  }

  @Test
  void offsetsPointIntoTheNormalisedText() {
    AnalyzedDocument doc = pipeline.analyze("Giai đoạn 2016 \u2013 2020 đã qua.");
    DateMention d = doc.dates().get(0);
    assertEquals("Giai đoạn 2016 - 2020", d.span().of(doc.text()));
    assertEquals("2016/2020", d.value());
  }

  /** Dates of the seed texts against their gold: F1 over the scored granularities. */
  @Test
  void meetsTheSeedGold() throws IOException {
    Pipeline dates =
        new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new DateStage()));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (SeedGold.Seed seed : SeedGold.seeds()) {
      Map<String, Integer> gold = counts(seed.dates());
      Map<String, Integer> found =
          counts(
              dates.analyze(Files.readString(seed.text())).dates().stream()
                  .filter(d -> d.granularity() != Granularity.YEAR)
                  .map(DateMention::value)
                  .toList());
      for (String v : union(gold, found)) {
        int g = gold.getOrDefault(v, 0);
        int f = found.getOrDefault(v, 0);
        tp += Math.min(g, f);
        fp += Math.max(0, f - g);
        fn += Math.max(0, g - f);
      }
    }
    double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
    assertTrue(f1 >= 0.95, "dates F1 " + f1 + " (tp " + tp + ", fp " + fp + ", fn " + fn + ")");
  }

  private static Map<String, Integer> counts(List<String> values) {
    Map<String, Integer> out = new HashMap<>();
    values.forEach(v -> out.merge(v, 1, Integer::sum));
    return out;
  }

  private static Set<String> union(Map<String, Integer> a, Map<String, Integer> b) {
    Set<String> out = new HashSet<>(a.keySet());
    out.addAll(b.keySet());
    return out;
  }

  @Test
  void emptyTextGivesAnEmptyLayer() {
    AnalyzedDocument doc = pipeline.analyze("");
    assertEquals(List.of(), doc.dates());
    assertTrue(doc.layers().contains(Layer.DATES));
  }

  @Test
  void setsTheIssueLineItFoundForLaterStages() {
    AnalyzedDocument doc =
        new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new DateStage()))
            .analyze("Số: 12/BC-UBND\nQuảng Ninh, ngày 10 tháng 7 năm 2024\nBÁO CÁO");
    IssueDateLocator.IssueLine line = doc.get(IssueLineLayer.ISSUE_LINE).orElseThrow();
    assertEquals("Quảng Ninh", line.place());
    assertEquals("2024-07-10", line.date().value());
    assertEquals(
        Optional.empty(),
        new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new DateStage()))
            .analyze("Không có ngày.")
            .get(IssueLineLayer.ISSUE_LINE));
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
