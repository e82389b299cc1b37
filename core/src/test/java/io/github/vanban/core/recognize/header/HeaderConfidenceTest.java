package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.HeaderField;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Header fields read from words OCR was unsure of. The text is the top of the scanned report
 * 170/BC-SCT (Sở Công Thương Bắc Giang, 2012) as Tesseract read it: the serial {@code 170}, written
 * by hand, came out as {@code 20} with confidence 0.
 */
class HeaderConfidenceTest {

  private static final String SCAN =
      """
      UBND TỈNH BẮC GIANG
      SỞ CÔNG THƯƠNG
      Số: 20 /BC-SCT
      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Bắc Giang, ngày 18 tháng 10 năm 2012
      BÁO CÁO
      Tình hình hoạt động công thương tháng 10 và 10 tháng đầu năm 2012
      Kim ngạch xuất khẩu đạt 82,5% kế hoạch năm.
      KT. GIÁM ĐỐC
      PHÓ GIÁM ĐỐC
      Trần Văn Lộc
      """;

  private final Pipeline pipeline = DefaultPipeline.create();

  @Test
  void aNumberReadFromAnUncertainWordCarriesItsConfidenceAndAWarning() {
    AnalyzedDocument doc = analyze(SCAN, word(SCAN, "20", 0.0), word(SCAN, "/BC-SCT", 0.44));
    Header h = doc.header();
    assertEquals("20/BC-SCT", h.number());
    assertEquals(Map.of(HeaderField.NUMBER, 0.0, HeaderField.TYPE, 0.44), h.confidence());
    assertEquals(1.0, h.confidence(HeaderField.ISSUER));
    assertEquals(
        List.of(
            "header.number read from uncertain OCR text: \"20 /BC-SCT\"",
            "header.type read from uncertain OCR text: \"/BC-SCT\""),
        doc.warnings());
  }

  @Test
  void theSameTextReadWithFullConfidenceHasNoConfidenceAndNoWarning() {
    AnalyzedDocument doc = analyze(SCAN);
    assertEquals("20/BC-SCT", doc.header().number());
    assertEquals(Map.of(), doc.header().confidence());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void issuerDateSubjectAndSignerAreRatedWhereTheyWereRead() {
    AnalyzedDocument doc =
        analyze(
            SCAN,
            word(SCAN, "CÔNG", 0.3),
            word(SCAN, "18", 0.2),
            word(SCAN, "hoạt", 0.41),
            word(SCAN, "Lộc", 0.35));
    Header h = doc.header();
    assertEquals("Sở Công Thương", h.issuer());
    assertEquals(0.3, h.confidence(HeaderField.ISSUER));
    assertEquals(0.2, h.confidence(HeaderField.ISSUED));
    assertEquals(0.41, h.confidence(HeaderField.SUBJECT));
    assertEquals(0.35, h.confidence(HeaderField.SIGNER));
    assertEquals(1.0, h.confidence(HeaderField.NUMBER));
    assertEquals(
        List.of(
            "header.issuer read from uncertain OCR text: \"CÔNG\"",
            "header.issued read from uncertain OCR text: \"18\"",
            "header.subject read from uncertain OCR text: \"hoạt\"",
            "header.signer read from uncertain OCR text: \"Lộc\""),
        doc.warnings());
  }

  /** An uncertain word of the motto or the body is none of the header's fields. */
  @Test
  void anUncertainWordOutsideTheFieldsChangesNothing() {
    AnalyzedDocument doc =
        analyze(SCAN, word(SCAN, "HOÀ", 0.1), word(SCAN, "ngạch", 0.2), word(SCAN, "PHÓ", 0.1));
    assertEquals(Map.of(), doc.header().confidence());
    assertEquals(List.of(), doc.warnings());
  }

  /** The recogniser reads no signer from a misread name, so there is nothing to leave out. */
  @Test
  void aSignerNameWithADigitIsNotReadAtAll() {
    String text = SCAN.replace("Trần Văn Lộc", "Trần V4n Lộc");
    AnalyzedDocument doc = analyze(text, word(text, "V4n", 0.12));
    assertNull(doc.header().signer());
    assertEquals(List.of(), doc.warnings());
  }

  private AnalyzedDocument analyze(String text, UncertainWord... words) {
    return pipeline.analyze(
        new ExtractedDocument(
            text,
            List.of(),
            DocumentMetadata.ofFormat("pdf"),
            List.of(),
            new ArrayList<>(List.of(words))));
  }

  private static UncertainWord word(String text, String word, double confidence) {
    int at = text.indexOf(word);
    return new UncertainWord(new TextSpan(at, at + word.length()), confidence);
  }
}
