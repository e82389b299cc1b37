package io.github.vanban.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.legacy.LegacyTestEncoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

  /** Sentences without capitals that carry a tone, which TCVN3 cannot encode. */
  private static final String SENTENCES =
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
          + "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 256/TTr-SNV;\n"
          + "Điều 1. Phê duyệt kế hoạch thực hiện quy hoạch sử dụng rừng, đất rừng.\n"
          + "Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan.";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private final TextExtractor extractor = new TextExtractor();

  @Test
  void convertsTcvn3TextFile() throws Exception {
    byte[] txtTcvn3 = LegacyTestEncoder.tcvn3(SENTENCES, false).getBytes(WINDOWS_1252);
    ExtractedDocument doc = extract(txtTcvn3);
    assertEquals(SENTENCES, doc.text());
    assertEquals(List.of("legacy TCVN3 text converted to Unicode"), doc.warnings());
  }

  @Test
  void convertsVniTextFile() throws Exception {
    byte[] txtVni = LegacyTestEncoder.vni(SENTENCES).getBytes(WINDOWS_1252);
    ExtractedDocument doc = extract(txtVni);
    assertEquals(SENTENCES, doc.text());
    assertEquals(List.of("legacy VNI text converted to Unicode"), doc.warnings());
  }

  @Test
  void repairsTcvn3PastedIntoUtf8() throws Exception {
    String pasted = SENTENCES.lines().findFirst().orElseThrow();
    String text = LegacyTestEncoder.tcvn3(pasted, false) + "\n" + SENTENCES;
    ExtractedDocument doc = extract(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(pasted + "\n" + SENTENCES, doc.text());
  }

  @Test
  void keepsWindows1258Vietnamese() throws Exception {
    ExtractedDocument doc = extract(windows1258(SENTENCES));
    assertEquals(SENTENCES, Normalizer.normalize(doc.text(), Normalizer.Form.NFC));
    assertEquals(List.of("text decoded as windows-1258"), doc.warnings());
  }

  @Test
  void keepsUtf8VietnameseAndEnglish() throws Exception {
    String text = SENTENCES + "\nThe café serves naïve résumés; © 2024.";
    ExtractedDocument doc = extract(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, doc.text());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void rejectsEmptyInput() {
    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(new byte[0]));
    assertEquals(ExtractionException.Reason.NO_TEXT, e.reason());
  }

  private ExtractedDocument extract(byte[] bytes) throws ExtractionException, IOException {
    return extractor.extract(new ByteArrayInputStream(bytes), ExtractContext.DEFAULT);
  }

  /** Windows-1258 as Vietnamese Windows wrote it: base letters with ê ơ ư etc., tones combining. */
  private static byte[] windows1258(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      String tone = d.replaceAll("[^\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
      String base = d.replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
    }
    return out.toString().getBytes(WINDOWS_1258);
  }

  private static final String SAMPLE = "NGHỊ QUYẾT\n\nVề nhiệm vụ phát triển kinh tế - xã hội\n";

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Test
  void readsUtf8WithAndWithoutBom() throws Exception {
    byte[] plain = SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    String expected = "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội";
    assertEquals(expected, extract(plain).text());
    assertEquals(expected, extract(bom).text());
    assertEquals(List.of(), extract(plain).warnings());
  }

  @Test
  void readsUtf16WithBomAndWithout() throws Exception {
    String expected = "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội";
    assertEquals(expected, extract(SAMPLE.getBytes(StandardCharsets.UTF_16)).text());
    assertEquals(expected, extract(SAMPLE.getBytes(StandardCharsets.UTF_16LE)).text());
  }

  @Test
  void readsWindows1258WithCombiningTones() throws Exception {
    ExtractedDocument doc = extract(encode1258(SAMPLE));
    assertEquals("NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội", nfc(doc.text()));
    assertEquals(List.of("text decoded as windows-1258"), doc.warnings());
  }

  /** Encodes Vietnamese as Windows-1258 does: base letters with hat or horn, then a tone mark. */
  private static byte[] encode1258(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < nfd.length()) {
      StringBuilder letter = new StringBuilder().append(nfd.charAt(i++));
      StringBuilder tone = new StringBuilder();
      while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
        char mark = nfd.charAt(i++);
        (TONES.indexOf(mark) >= 0 ? tone : letter).append(mark);
      }
      out.append(nfc(letter.toString())).append(tone);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  @Test
  void markdownHeadingsBecomeHeadingBlocks() throws Exception {
    ExtractedDocument doc =
        extract("# Nghị quyết\n\n## Điều 1\nNội dung".getBytes(StandardCharsets.UTF_8));
    assertEquals("Nghị quyết\nĐiều 1\nNội dung", doc.text());
    assertEquals(BlockType.HEADING, doc.blocks().get(0).type());
    assertEquals(2, doc.blocks().get(1).level());
    assertEquals(BlockType.PARAGRAPH, doc.blocks().get(2).type());
    assertEquals("Điều 1", doc.blocks().get(1).span().of(doc.text()));
  }

  @Test
  void blankFileHasNoText() {
    ExtractionException e =
        assertThrows(
            ExtractionException.class, () -> extract(" \n\n ".getBytes(StandardCharsets.UTF_8)));
    assertEquals(ExtractionException.Reason.NO_TEXT, e.reason());
  }

  @Test
  void invalidUtf8FallsBackWithoutThrowing() throws Exception {
    byte[] bytes = {'A', (byte) 0xC3, (byte) 0x28, 'B'};
    assertEquals(4, extract(bytes).text().length());
  }

  @Test
  void utf8WithAFewInvalidBytesStaysUtf8() throws Exception {
    byte[] good = SENTENCES.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 3);
    bytes[good.length] = ' ';
    bytes[good.length + 1] = (byte) 0xC3;
    bytes[good.length + 2] = (byte) 0x28;
    ExtractedDocument doc = extract(bytes);
    assertEquals(SENTENCES + " \uFFFD(", doc.text());
    assertEquals(List.of("bytes that are not UTF-8 replaced by U+FFFD"), doc.warnings());
  }

  @Test
  void nulFilledTailAndControlCharactersAreRemoved() throws Exception {
    byte[] good = ("Số: 205/NQ-HĐND\u0007\n" + SENTENCES).getBytes(StandardCharsets.UTF_8);
    ExtractedDocument doc = extract(Arrays.copyOf(good, good.length + 100_000));
    assertEquals("Số: 205/NQ-HĐND\n" + SENTENCES, doc.text());
    assertEquals(List.of("control characters (NUL...) removed"), doc.warnings());
  }
}
