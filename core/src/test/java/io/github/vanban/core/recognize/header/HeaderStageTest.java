package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.testing.SeedGold;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      found.put("issued", h.issued());
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
  void needsSentences() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Pipeline(List.of(new NormalizeStage(), new HeaderStage())));
    assertTrue(e.getMessage().contains("SENTENCES"), e.getMessage());
  }
}
