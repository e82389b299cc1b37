package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.recognize.date.DateStage;
import io.github.vanban.core.segment.SegmentStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceStageTest {

  private static final String TEXT =
      "Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh;\n\n"
          + "Tiếp tục thực hiện Nghị quyết số 10-NQ/TU ngày 26/9/2022 của Tỉnh ủy gắn với"
          + " Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.";

  private final Pipeline pipeline = DefaultPipeline.create();

  private List<String> rows(String text) {
    AnalyzedDocument doc = pipeline.analyze(text);
    return doc.references().stream()
        .map(r -> String.join(" | ", r.number(), r.typeName(), date(r), r.relation().name()))
        .toList();
  }

  /** The cited day's canonical text, or {@code null}. */
  private static String date(DocumentNumber r) {
    return r.date() == null ? null : r.date().text();
  }

  /**
   * A period OCR read from a speck inside a list item ({@code kế hoạch tổng. thể}) does not end the
   * list: the items after it still take the cue of the list's heading.
   */
  @Test
  void aStrayPeriodDoesNotEndAListUnderACueHeading() {
    String text =
        "I. CĂN CỨ LẬP KẾ HOẠCH\n"
            + "- Quyết định số 628/QĐ- -TTg ngày 01/6/2009 của Thủ tướng Chính phủ về việc Phê duyệt"
            + " kế hoạch tổng. thể phát triển nguồn nhân lực công nghệ thông tin đến năm 2015 và định"
            + " hướng đến năm 2020;\n"
            + "- Nghị định 102/2009/NĐ-CP ngày 06/ 11/2009 của Chính phủ về việc quản lý đầu tư ứng"
            + " dụng CNTT sử dụng nguồn vốn ngân sách nhà nước;";
    List<String> relations =
        pipeline.analyze(text).references().stream().map(r -> r.relation().name()).toList();
    assertEquals(List.of("BASED_ON", "BASED_ON"), relations);
  }

  @Test
  void declaresItsLayers() {
    ReferenceStage stage = new ReferenceStage();
    assertEquals(
        Set.of(Layer.NORMALIZED_TEXT, Layer.SENTENCES, Layer.DATES, Layer.OWN_NUMBER),
        stage.requires());
    assertEquals(Set.of(Layer.REFERENCES), stage.produces());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), stage)));
    assertTrue(e.getMessage().contains("DATES"), e.getMessage());
  }

  /** The own number is the one the OWN_NUMBER layer points at: the stage reads no header. */
  @Test
  void leavesOutTheNumberTheOwnNumberLayerPointsAt() {
    AnalyzedDocument upToDates =
        new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new DateStage()))
            .analyze(TEXT);
    int at = TEXT.indexOf("10-NQ/TU");
    TextSpan own = new TextSpan(at, at + "10-NQ/TU".length());
    ReferenceStage stage = new ReferenceStage();
    List<String> numbers =
        stage.apply(upToDates.with(Layer.OWN_NUMBER, Optional.of(own))).references().stream()
            .map(DocumentNumber::number)
            .toList();
    assertEquals(List.of("176/NQ-HĐND", "18-NQ/TW"), numbers);
    assertEquals(
        3, stage.apply(upToDates.with(Layer.OWN_NUMBER, Optional.empty())).references().size());
  }

  @Test
  void addsReferencesWithDatesFromTheDateLayer() {
    AnalyzedDocument doc = pipeline.analyze(TEXT);
    assertTrue(doc.layers().contains(Layer.REFERENCES));
    assertEquals(
        List.of(
            "176/NQ-HĐND | Nghị quyết | 2023-12-08 | BASED_ON",
            "10-NQ/TU | Nghị quyết | 2022-09-26 | IMPLEMENTS",
            "18-NQ/TW | Nghị quyết | 2022-06-16 | IMPLEMENTS"),
        rows(TEXT));
    DocumentNumber first = doc.references().get(0);
    assertEquals(TEXT.indexOf("176/"), first.span().start());
  }

  @Test
  void givesTheSameResultForEverySpelling() {
    List<String> expected = rows(TEXT);
    String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
    String hdnd = TEXT.replace("HĐND", "HDND");
    String eth = TEXT.replace("Đ", "\u00D0");
    String dashes = TEXT.replace("10-NQ", "10–NQ").replace("18-NQ", "18 — NQ");
    String wrapped =
        TEXT.replace("176/NQ-HĐND", "176/NQ-\nHĐND")
            .replace("gắn với Nghị quyết", "gắn với\nNghị quyết")
            .replace("số 10-NQ/TU", "số\n10-NQ/TU");
    for (String variant : List.of(nfd, hdnd, eth, dashes, wrapped)) {
      assertEquals(expected, rows(variant), variant);
    }
  }

  @Test
  void addsAnEmptyLayerToAnEmptyText() {
    AnalyzedDocument doc = pipeline.analyze("");
    assertEquals(List.of(), doc.references());
    assertTrue(doc.layers().contains(Layer.REFERENCES));
  }

  /** The seed texts give exactly the gold's references, in order, with every attribute. */
  @Test
  void matchesTheSeedGold() throws IOException {
    for (Path goldFile : SeedReferenceGold.seedGoldFiles()) {
      SeedReferenceGold.Gold gold = SeedReferenceGold.read(goldFile);
      AnalyzedDocument doc = pipeline.analyze(Files.readString(gold.text()));
      List<String> expected = gold.references().stream().map(ReferenceStageTest::row).toList();
      List<String> actual =
          doc.references().stream()
              .map(
                  r ->
                      row(
                          Map.of(
                              "number", r.number(),
                              "typeName", String.valueOf(r.typeName()),
                              "date", String.valueOf(date(r)),
                              "relation", r.relation().name(),
                              "text", r.text())))
              .toList();
      assertEquals(expected, actual, goldFile.getFileName().toString());
    }
  }

  private static String row(Map<String, String> r) {
    return String.join(
        " | ",
        r.get("number"),
        String.valueOf(r.get("typeName")),
        String.valueOf(r.get("date")),
        r.get("relation"),
        r.get("text"));
  }
}
