package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.core.text.CharacterErrorRate;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.extract.ocr.TesseractOcr;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Extraction of the real PDFs of the evaluation corpus. */
class PdfCorpusTest {

  private static final ExtractContext NO_OCR = ExtractContext.DEFAULT.withOcr(OcrMode.OFF);

  private final PdfExtractor extractor = new PdfExtractor();

  @Test
  void resolutionHeaderIsReadColumnByColumn() throws Exception {
    ExtractedDocument doc = extract("corpus/formats/nq-205-2024-hdnd-quangninh.pdf", NO_OCR);
    assertTrue(
        doc.text()
            .startsWith(
                "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 205/NQ-HĐND\n"
                    + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    + "Quảng Ninh, ngày 10 tháng 7 năm 2024\nNGHỊ QUYẾT\n"),
        () -> doc.text().substring(0, 300));
    assertTrue(doc.text().contains("đạt trên 17 triệu lượt khách v.v..."));
    assertTrue(doc.text().endsWith("CHỦ TỊCH\n(Đã ký)\nNguyễn Xuân Ký"), doc.text());
    assertEquals(13, doc.metadata().pages());
    assertEquals("LibreOffice 7.4", doc.metadata().producer());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void politicalReportHasNoPageNumbersOrRules() throws Exception {
    ExtractedDocument doc = extract("corpus/formats/bc-chinhtri-dh16-quangninh.pdf", NO_OCR);
    Pattern pageNumber = Pattern.compile("(?m)^\\s*[-–]?\\s*\\d{1,3}\\s*[-–]?\\s*$");
    assertFalse(pageNumber.matcher(doc.text()).find());
    assertFalse(doc.text().contains("____"));
    assertTrue(doc.text().contains("\nPhần thứ nhất\n"));
  }

  @Test
  void tcvn3FontsAreDecodedWithinOnePercent() throws Exception {
    ExtractedDocument doc = extract("corpus/real/bc-congnghiep-2007-02-mpi.tcvn3.pdf", NO_OCR);
    String truth =
        Files.readString(EvalDir.file("corpus/real/bc-congnghiep-2007-02-mpi.truth.txt"));
    double cer = CharacterErrorRate.of(doc.text(), truth);
    assertTrue(cer <= 0.01, "CER " + cer);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("TCVN3")));
  }

  @Test
  void lettersDroppedByBrokenFontMapsAreRecovered() throws Exception {
    ExtractedDocument doc = extract("corpus/real/nd-47-2020-cp-brokenfont.pdf", NO_OCR);
    String head = doc.text().substring(0, 400);
    assertTrue(head.contains("CHÍNH PHỦ\n"), head);
    assertTrue(
        head.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"), head);
    assertTrue(head.contains("Số: 47/2020/NĐ-CP"), head);
    assertFalse(doc.text().contains("ƣ"));
    assertTrue(TextQuality.garbledShare(doc.text()) < 0.01);
  }

  @Test
  void stampedNumberAndDateReplaceTheTemplate() throws Exception {
    ExtractedDocument doc = extract("corpus/real/qd-ubnd-hanoi-2024-70-overlay.pdf", NO_OCR);
    assertTrue(
        doc.text().contains("Hà Nội, ngày 12 tháng 12 năm 2024"), doc.text().substring(0, 300));
  }

  @Test
  void aStampWhoseWidgetIsListedTwiceReadsOnce() throws Exception {
    // The page lists the widget of the stamped number, and the one of the date, twice.
    ExtractedDocument doc = extract("corpus/real/qd-ubnd-hanoi-2025-16.pdf", NO_OCR);
    String head = doc.text().substring(0, 300);
    assertTrue(head.contains("Số: 16 /2025/QĐ-UBND"), head);
    assertTrue(head.contains("ngày 28 tháng 02 năm 2025"), head);
  }

  @Test
  void gazetteRunningHeadersAreDropped() throws Exception {
    ExtractedDocument doc = extract("corpus/real/congbao-hienphap-2013.pdf", NO_OCR);
    assertFalse(doc.text().contains("CÔNG BÁO"), doc.text().substring(0, 300));
    assertTrue(doc.text().startsWith("QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"));
  }

  @Test
  void scanWithOnlyASignatureStampNeedsOcr() throws Exception {
    ExtractionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExtractionException.class,
            () -> extract("corpus/real/nd-335-2025-cp-scan.pdf", NO_OCR));
    assertEquals(ExtractionException.Reason.NO_TEXT, e.reason());
  }

  @Test
  void scannedResolutionIsReadByOcrWithinThreePercent() throws Exception {
    TesseractOcr ocr = TesseractOcr.standard();
    assertTrue(ocr.available(), () -> "tesseract is needed: " + ocr.unavailableReason());
    ExtractedDocument scan = extract("corpus/formats/nq-205-2024-scan.pdf", ExtractContext.DEFAULT);
    ExtractedDocument text =
        extract(
            "corpus/formats/nq-205-2024-hdnd-quangninh.pdf",
            NO_OCR.withLimits(NO_OCR.limits().withMaxPages(3)));
    double cer = CharacterErrorRate.of(scan.text(), text.text());
    assertTrue(cer <= 0.03, "CER " + cer);
    assertTrue(
        scan.warnings().contains("page 2: no text layer, OCR used"), scan.warnings()::toString);
  }

  static Stream<Path> corpusPdfs() throws IOException {
    Path root = EvalDir.root().resolve("corpus");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("corpusPdfs")
  void everyCorpusPdfExtractsOrFailsWithAReason(Path file) {
    // A guard against a hang, not a speed test: speed is measured by the benchmarks.
    assertTimeoutPreemptively(
        Duration.ofMinutes(10),
        () -> {
          try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ExtractedDocument doc = extractor.extract(in, NO_OCR);
            assertFalse(doc.text().isBlank());
            doc.blocks().forEach(b -> assertTrue(b.span().end() <= doc.text().length()));
          } catch (ExtractionException e) {
            assertNotNull(e.reason());
          }
        });
  }

  private ExtractedDocument extract(String relative, ExtractContext context)
      throws ExtractionException, IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(EvalDir.file(relative)))) {
      return extractor.extract(in, context);
    }
  }
}
