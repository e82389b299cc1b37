package io.github.vanban.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.core.text.CharacterErrorRate;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.Extractors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocExtractorTest {

  private final DocExtractor extractor = new DocExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "qd-ubnd-binhphuoc-2008-991.vni.doc, qd-ubnd-binhphuoc-2008-991.truth.txt",
    "qd-ub-cantho-2004-256.tcvn3.doc, qd-ub-cantho-2004-256.truth.txt"
  })
  void legacyFontDocumentsReadWithinOnePercentCer(String doc, String truth) throws Exception {
    String text = extractReal("corpus/real/" + doc).text();
    String reference = Files.readString(EvalDir.file("corpus/real/" + truth));
    double cer = CharacterErrorRate.of(text, reference);
    assertTrue(cer <= 0.01, doc + ": CER " + cer);
  }

  @Test
  void mixedEncodingFileComesOutInUnicode() throws Exception {
    String text = extractReal("corpus/real/kh-cntt-lamdong-1998.mixed-tcvn3-vni.doc").text();
    assertTrue(text.startsWith("MỤC LỤC"), text.substring(0, 40));
    assertTrue(text.contains("Kế hoạch tổng thể phát triển CNTT tỉnh Lâm Đồng"));
    assertFalse(text.contains("L©m §ång"));
  }

  /**
   * LibreOffice stores the TCVN3 letter ư (the soft hyphen's code point) of a .VnTime run as Word's
   * optional hyphen; the sample was saved so from its TCVN3 source (samples/authoring).
   */
  @Test
  void optionalHyphenInATcvn3RunIsTheLetterU() throws Exception {
    Path sample = Path.of("../samples/docs/qd-ub-quangninh-2003.tcvn3.doc");
    String text = Extractors.standard().extract(sample, ExtractContext.DEFAULT).text();
    assertTrue(text.contains("Tốc độ tăng trưởng kinh tế (GDP) đạt 11 - 12%"), text);
    assertTrue(text.contains("Tổng khách du lịch: 2,5 triệu lượt khách"), text);
  }

  @Test
  void officialHeaderTableBecomesLines() throws Exception {
    String text = extractReal("corpus/real/qd-ub-angiang-2002-522.tcvn3.doc").text();
    assertTrue(
        text.startsWith("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"),
        text.substring(0, 80));
  }

  @Test
  void encryptedOoxmlIsEncrypted() throws Exception {
    assertEquals(Reason.ENCRYPTED, failure(ole2("EncryptionInfo", "EncryptedPackage")).reason());
  }

  @Test
  void otherOle2FilesAreUnsupported() throws Exception {
    assertEquals(Reason.UNSUPPORTED, failure(ole2("Workbook")).reason());
  }

  @Test
  void damagedOle2IsCorrupt() {
    byte[] bytes = new byte[600];
    System.arraycopy(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        },
        0,
        bytes,
        0,
        8);
    assertEquals(Reason.CORRUPT, failure(bytes).reason());
  }

  @Test
  void emptyInputIsCorrupt() {
    assertEquals(Reason.CORRUPT, failure(new byte[0]).reason());
  }

  private ExtractedDocument extractReal(String relative) throws ExtractionException {
    Path file = EvalDir.file(relative);
    return Extractors.standard().extract(file, ExtractContext.DEFAULT);
  }

  private ExtractionException failure(byte[] bytes) {
    return assertThrows(
        ExtractionException.class,
        () -> extractor.extract(new ByteArrayInputStream(bytes), ExtractContext.DEFAULT));
  }

  private static byte[] ole2(String... entries) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      for (String entry : entries) {
        fs.createDocument(new ByteArrayInputStream(new byte[64]), entry);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
