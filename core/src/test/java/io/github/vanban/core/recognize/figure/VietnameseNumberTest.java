package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          28.000       | 28000
          8,42         | 8.42
          1.452        | 1452
          3,0          | 3
          825.950,55   | 825950.55
          1.000.000    | 1000000
          1.5          | 1.5
          1.500        | 1500
          1.2345       | 1.2345
          2,000,000    | 2000000
          2,000,000.5  | 2000000.5
          28 000       | 28000
          '  12  '     | 12
          05           | 5
          """)
  void parsesVietnameseAndToleratedForms(String written, double value) {
    assertEquals(OptionalDouble.of(value), VietnameseNumber.parse(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "12a", "1234567890123456", "1.", ",5", "12 %"})
  void rejectsWhatIsNotExactlyANumber(String written) {
    assertTrue(VietnameseNumber.parse(written).isEmpty());
  }

  @Test
  void scanGivesTheSpanInsideALongerText() {
    String text = "đạt 28.000 tỷ đồng";
    VietnameseNumber n = VietnameseNumber.scan(text, 4, false);
    assertEquals(new TextSpan(4, 10), n.span());
    assertEquals(28000, n.value());
    assertFalse(n.fraction());
    assertTrue(VietnameseNumber.scan("8,42%", 0, false).fraction());
  }

  @Test
  void spaceGroupsOnlyWhenAsked() {
    assertEquals(28, VietnameseNumber.scan("28 000 tỷ", 0, false).value());
    assertEquals(28000, VietnameseNumber.scan("28 000 tỷ", 0, true).value());
    assertEquals(2024, VietnameseNumber.scan("2024 100", 0, true).value());
  }

  @Test
  void scanFindsNothingWithoutADigitOrPastTheEnd() {
    assertNull(VietnameseNumber.scan("tỷ", 0, true));
    assertNull(VietnameseNumber.scan("", 0, true));
    assertNull(VietnameseNumber.scan("12", 5, true));
  }
}
