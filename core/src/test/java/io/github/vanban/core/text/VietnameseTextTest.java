package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

  @ParameterizedTest
  @CsvSource({
    "'Nghị quyết số 205/NQ-HÐND', 'Nghị quyết số 205/NQ-HĐND'",
    "'giai đoạn 2021 – 2025', 'giai đoạn 2021 - 2025'",
    "'“kinh tế di sản”', '\"kinh tế di sản\"'",
    "'Quảng\u00A0Ninh', 'Quảng Ninh'",
    "'dòng một\r\ndòng hai', 'dòng một\ndòng hai'",
    "'mềm\u00ADmại', 'mềmmại'",
  })
  void normalizesVariants(String input, String expected) {
    assertEquals(expected, VietnameseText.normalize(input).text());
  }

  @Test
  void composesNfdAndMapsOffsets() {
    String nfd = Normalizer.normalize("Hội đồng nhân dân", Normalizer.Form.NFD);
    NormalizedText n = VietnameseText.normalize(nfd);
    assertEquals("Hội đồng nhân dân", n.text());
    assertEquals(n.text().length(), n.map(nfd.length()));
    int oldStartOfDong = nfd.indexOf("đ");
    assertEquals(n.text().indexOf("đồng"), n.map(oldStartOfDong));
  }

  @Test
  void emptyInputGivesEmptyText() {
    assertEquals("", VietnameseText.normalize("").text());
    assertEquals(0, VietnameseText.normalize("").map(0));
  }

  @Test
  void foldsDiacritics() {
    assertEquals("kinh te di san", VietnameseText.foldDiacritics("kinh tế di sản"));
    assertEquals("Dang uy DBSCL", VietnameseText.foldDiacritics("Đảng ủy ĐBSCL"));
  }

  @ParameterizedTest
  @CsvSource({
    // decomposed input: the marks are dropped
    "'te\u0302\u0301 ho\u0323c', 'te hoc'",
    // outside the tables: the NFD path (Hangul decomposes into jamo)
    "'한 tế', '\u1112\u1161\u11AB te'",
    // a letter whose decomposition keeps two base letters is not in the tables
    "'ǅ', 'ǅ'",
    "'', ''",
    "'ÐðĐđ', 'DdDd'"
  })
  void foldsEveryKindOfCharacter(String text, String folded) {
    assertEquals(folded, VietnameseText.foldDiacritics(text));
  }

  @Test
  void foldsEachLatinCharacterLikeTheDecomposition() {
    for (char c = 0; c < 0x2000; c++) {
      String s = "a" + c + "b";
      String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
      StringBuilder expected = new StringBuilder();
      for (char d : decomposed.toCharArray()) {
        if (!(d >= '\u0300' && d <= '\u036F'
            || Character.getType(d) == Character.NON_SPACING_MARK)) {
          expected.append(
              d == '\u0111' || d == '\u00F0' ? 'd' : d == '\u0110' || d == '\u00D0' ? 'D' : d);
        }
      }
      assertEquals(
          expected.toString(), VietnameseText.foldDiacritics(s), "U+" + Integer.toHexString(c));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "'Nghị quyết số 205/NQ-HÐND', 'Nghị quyết số 205/NQ-HĐND'",
    "'giai đoạn 2021 – 2025', 'giai đoạn 2021 - 2025'",
    "'dòng một\r\ndòng hai\r', 'dòng một\ndòng hai\n'",
    "'mềm\u00ADmại\u200B', 'mềmmại'",
    "'', ''"
  })
  void normalizesABufferInPlaceLikeTheString(String input, String expected) {
    char[] buffer = (input + "#tail").toCharArray();
    int length = VietnameseText.normalize(buffer, input.length());
    assertEquals(expected, new String(buffer, 0, length));
    assertEquals(expected, VietnameseText.normalize(input).text());
  }

  @ParameterizedTest
  @CsvSource({"'te\u0302\u0301'", "'a\uD83D\uDE00'", "'\u0301'"})
  void leavesABufferThatNeedsComposingAsItWas(String input) {
    char[] buffer = input.toCharArray();
    assertEquals(-1, VietnameseText.normalize(buffer, buffer.length));
    assertEquals(input, new String(buffer));
  }

  @Test
  void foldsABufferInPlaceLikeTheString() {
    char[] buffer = "Đảng ủy te\u0302\u0301 ÐBSCL#tail".toCharArray();
    int length = VietnameseText.foldDiacritics(buffer, buffer.length - 5);
    assertEquals("Dang uy te DBSCL", new String(buffer, 0, length));
    assertEquals(0, VietnameseText.foldDiacritics(new char[0], 0));
  }

  @Test
  void leavesABufferOutsideTheTablesAsItWas() {
    for (String text : new String[] {"한 tế", "Ωμέγα"}) {
      char[] buffer = text.toCharArray();
      assertEquals(-1, VietnameseText.foldDiacritics(buffer, buffer.length), text);
      assertEquals(text, new String(buffer), text);
    }
  }
}
