package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.recognize.date.DateStage;
import io.github.vanban.core.recognize.date.IssueDateLocator;
import io.github.vanban.core.recognize.date.IssueLineLayer;
import io.github.vanban.core.segment.SegmentStage;
import io.github.vanban.core.testing.SeedGold;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderStageTest {

  private final Pipeline pipeline = DefaultPipeline.create();

  @Test
  void readsTheHeaderOfNfdTextWithLegacyLetters() {
    String text =
        Normalizer.normalize(
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 205/NQ-HÐND\n"
                + "Quảng Ninh, ngày 10 tháng 7 năm 2024\nNGHỊ QUYẾT\nVề nhiệm vụ năm 2024\n",
            Normalizer.Form.NFD);
    AnalyzedDocument doc = pipeline.analyze(text);
    assertEquals("205/NQ-HĐND", doc.header().number());
    assertEquals("Hội đồng nhân dân tỉnh Quảng Ninh", doc.header().issuer());
    assertTrue(doc.layers().contains(Layer.HEADER));
  }

  /** The scored header fields of the seed texts against their gold; no header where it is null. */
  @Test
  void meetsTheSeedGold() throws IOException {
    for (SeedGold.Seed seed : SeedGold.seeds()) {
      Header h = pipeline.analyze(Files.readString(seed.text())).header();
      if (seed.header().isEmpty()) {
        assertNull(h, seed.text().toString());
        continue;
      }
      Map<String, String> found = new HashMap<>();
      found.put("number", h.number());
      found.put("type", h.type());
      found.put("typeName", h.typeName());
      found.put("issuer", h.issuer());
      found.put("place", h.place());
      found.put("issued", h.issuedText());
      found.put("subject", h.subject());
      found.put("signer", h.signer());
      found.put("signerTitle", h.signerTitle());
      seed.header().forEach((k, v) -> assertEquals(v, found.get(k), seed.text() + " " + k));
    }
  }

  @Test
  void emptyTextHasNoHeader() {
    AnalyzedDocument doc = pipeline.analyze("");
    assertNull(doc.header());
    assertTrue(doc.layers().contains(Layer.HEADER));
  }

  @Test
  void needsTheIssueLineOfTheDateStage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Pipeline(List.of(new NormalizeStage(), new HeaderStage())));
    assertTrue(e.getMessage().contains("ISSUE_LINE"), e.getMessage());
    assertEquals(Set.of(Layer.HEADER, Layer.OWN_NUMBER), new HeaderStage().produces());
  }

  /** The place and date come from the ISSUE_LINE layer, not from a search of its own. */
  @Test
  void readsThePlaceAndDateFromTheIssueLineLayer() {
    String text = "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 205/NQ-HĐND\nNGHỊ QUYẾT\nVề nhiệm vụ\n";
    AnalyzedDocument upToDates =
        new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new DateStage()))
            .analyze(text);
    assertNull(new HeaderStage().apply(upToDates).header().place());
    DateMention day =
        new DateMention("ngày 10/7/2024", new TextSpan(0, 14), DateValue.parse("2024-07-10"));
    AnalyzedDocument withLine =
        upToDates.with(
            IssueLineLayer.ISSUE_LINE,
            Optional.of(new IssueDateLocator.IssueLine("Hạ Long", new TextSpan(0, 7), day)));
    Header h = new HeaderStage().apply(withLine).header();
    assertEquals("Hạ Long", h.place());
    assertEquals(day.date(), h.issued());
    assertEquals("2024-07-10", h.issuedText());
  }

  @Test
  void givesWhereTheOwnNumberStandsEvenWithoutAHeader() {
    String withHeader = "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 205/NQ-HĐND\nNGHỊ QUYẾT\n";
    assertEquals(
        Optional.of(new TextSpan(withHeader.indexOf("205/"), withHeader.indexOf("\nNGHỊ"))),
        pipeline.analyze(withHeader).get(Layer.OWN_NUMBER));
    AnalyzedDocument doc = pipeline.analyze("Số: 12/BC-UBND\nnội dung");
    assertNull(doc.header());
    assertEquals(Optional.of(new TextSpan(4, 14)), doc.get(Layer.OWN_NUMBER));
    assertEquals(Optional.empty(), pipeline.analyze("").get(Layer.OWN_NUMBER));
  }
}
