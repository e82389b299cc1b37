package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import java.text.Normalizer;
import java.util.List;
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
