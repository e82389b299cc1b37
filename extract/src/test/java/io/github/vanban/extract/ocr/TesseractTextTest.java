package io.github.vanban.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TesseractTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "'\\f'|''",
        "'Điều 1.  \\nNội dung\\n\\n\\n\\nĐiều 2.\\n\\f'|'Điều 1.\\nNội dung\\n\\nĐiều 2.'",
        "'Vie\u0302\u0323t\\r\\nNam'|'Việt\\nNam'",
        "'\\n\\n  Số: 205  \\n'|'Số: 205'",
        "'Số 36§-CV/BPTT'|'Số 368-CV/BPTT'",
        "'29.089,8 §.079,5 §1,7 144,4'|'29.089,8 8.079,5 81,7 144,4'",
        "'§ 3 Điều'|'§ 3 Điều'"
      })
  void tidiesTesseractOutput(String raw, String expected) {
    assertEquals(unescape(expected), TesseractText.clean(unescape(raw)));
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\f", "\f");
  }
}
