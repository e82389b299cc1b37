package io.github.vanban.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.HeaderField;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.layout.DocumentLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * First pages of real scans as Tesseract 5.3 read them (the whole page as one image, its TSV
 * output), written as a scanned page is written, then analysed. Where a header field was read from
 * a word Tesseract was unsure of, and read wrong, the field carries that word's confidence and the
 * document a warning; the same text without confidences gives the same wrong field as if it were
 * sure.
 */
class UncertainHeaderTest {

  /** The letter 368-CV/BPTT (Tỉnh ủy Bắc Giang, 2012): {@code khóa XI} read as {@code khóa XJ)}. */
  @Test
  void aMisreadIssuerCarriesItsConfidence() throws IOException {
    OcrText page = TesseractTsv.read(resource("cv-bptt-tinhuy-bacgiang-2012-368-page1.tsv"));
    AnalyzedDocument doc = analyze(page);
    Header h = doc.header();
    assertEquals("368-CV/BPTT", h.number());
    assertEquals("Bộ Phận Thường trực quyét TW4 (khóa XJ)", h.issuer());
    assertEquals(Map.of(HeaderField.ISSUER, 0.16), rounded(h));
    assertEquals(List.of("header.issuer read from uncertain OCR text: \"XJ)\""), ocrWarnings(doc));
    assertEquals(Map.of(), analyze(OcrText.certain(page.text())).header().confidence());
  }

  /** The decision 46/QĐ-BCĐCCHC (2021): {@code cải cách} read as {@code cäi cách}. */
  @Test
  void aMisreadSubjectCarriesItsConfidence() throws IOException {
    OcrText page = TesseractTsv.read(resource("qd-bcdcchc-46-2021-page1.tsv"));
    AnalyzedDocument doc = analyze(page);
    Header h = doc.header();
    assertEquals(
        "Ban hành Kế hoạch kiểm tra công tác cäi cách hành chính năm 2021 của Ban Chỉ đạo cải cách"
            + " hành chính của Chính phủ",
        h.subject());
    assertEquals(Map.of(HeaderField.SUBJECT, 0.46), rounded(h));
    assertEquals(List.of("header.subject read from uncertain OCR text: \"cäi\""), ocrWarnings(doc));
    AnalyzedDocument sure = analyze(OcrText.certain(page.text()));
    assertEquals(h.subject(), sure.header().subject());
    assertEquals(List.of(), ocrWarnings(sure));
  }

  private static AnalyzedDocument analyze(OcrText page) {
    DocumentBuilder out = new DocumentBuilder(1_000_000);
    DocumentLayout.write(List.of(), Map.of(1, page), out);
    return DefaultPipeline.create().analyze(out.build(DocumentMetadata.ofFormat("pdf")));
  }

  private static Map<HeaderField, Double> rounded(Header h) {
    Map<HeaderField, Double> rounded = new java.util.EnumMap<>(HeaderField.class);
    h.confidence().forEach((f, c) -> rounded.put(f, Math.round(c * 100) / 100.0));
    return rounded;
  }

  private static List<String> ocrWarnings(AnalyzedDocument doc) {
    return doc.warnings().stream().filter(w -> w.contains("uncertain OCR")).toList();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = UncertainHeaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
