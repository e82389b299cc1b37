package io.github.vanban.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

  private static final String SAMPLE = "NGHỊ QUYẾT\n\nVề nhiệm vụ phát triển kinh tế - xã hội\n";

  private final TextExtractor extractor = new TextExtractor();

  private ExtractedDocument extract(byte[] bytes) throws Exception {
    return extractor.extract(new ByteArrayInputStream(bytes), ExtractContext.DEFAULT);
  }

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
}
