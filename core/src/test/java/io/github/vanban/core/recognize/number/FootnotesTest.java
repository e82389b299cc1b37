package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.TextSpan;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnotesTest {

  private static OptionalInt anchor(String text) {
    int line = text.lastIndexOf('\n') + 1;
    return Footnotes.of(text).anchor(new TextSpan(line, text.length()));
  }

  /** {@code anchor} is the text the anchor starts with, {@code -} when the line is no footnote. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          thực hiện chỉ đạo của Chính phủ<sup>1</sup> về\\n<sup>1</sup> Nghị quyết số 108/NQ-CP | <sup>1</sup> về
          thực hiện chỉ đạo của Chính phủ[^1] về\\n[^1]: Nghị quyết số 108/NQ-CP                 | [^1] về
          thực hiện chỉ đạo của Chính phủ¹ về\\n¹ Nghị quyết số 108/NQ-CP                       | ¹ về
          thực hiện chỉ đạo của Chính phủ¹² về\\n12 Nghị quyết số 108/NQ-CP                     | ¹² về
          thực hiện chỉ đạo của Chính phủ1 về\\n1 Nghị quyết số 108/NQ-CP                       | 1 về
          thực hiện chỉ đạo của Chính phủ về\\n1 Nghị quyết số 108/NQ-CP                        | -
          thực hiện chỉ đạo của Chính phủ1 về\\nmục 1 Nghị quyết số 108/NQ-CP                   | -
          Quyết định số 1/QĐ-UB và ngày 1/2/2024 về\\n1 Nghị quyết số 108/NQ-CP                  | -
          thực hiện chỉ đạo của Chính phủ¹ về\\nNghị quyết số 108/NQ-CP                         | -
          <sup>2</sup> về\\n<sup>1</sup> Nghị quyết số 108/NQ-CP                                 | -
          """)
  void findsTheAnchorOfAFootnote(String written, String anchorText) {
    String text = written.replace("\\n", "\n");
    OptionalInt at = anchor(text);
    if (anchorText == null) {
      assertEquals(OptionalInt.empty(), at);
    } else {
      assertEquals(OptionalInt.of(text.indexOf(anchorText)), at);
    }
  }

  @ParameterizedTest
  @CsvSource({"'', 0, 0", "'¹ Nghị quyết', 0, 12"})
  void findsNoAnchorWithoutTextBefore(String text, int start, int end) {
    assertEquals(OptionalInt.empty(), Footnotes.of(text).anchor(new TextSpan(start, end)));
  }
}
