package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Granularity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodContextTest {

  private static final Pattern RANGE = Pattern.compile("[0-9]{4}\\s*-\\s*[0-9]{4}");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          kế hoạch giai đoạn 2021 - 2025 đã       | giai đoạn 2021 - 2025
          NHIỆM KỲ 2025 - 2030                     | NHIỆM KỲ 2025 - 2030
          mùa giải 2023 - 2024                     | mùa giải 2023 - 2024
          5 năm (2021- 2025) tới                   | (2021- 2025)
          chỉ số (2017 - 2020 và 2022 - 2023)      | 2017 - 2020
          trong 5 năm 2021 - 2025                  | 2021 - 2025
          2021-2025                                | 2021-2025
          """)
  void widensToKeywordOrBrackets(String text, String expected) {
    Matcher m = RANGE.matcher(text);
    m.find();
    DateMention d = PeriodContext.widen(text, m, DateValue.parse("2021/2025"));
    int start = text.indexOf(expected);
    assertEquals(expected, d.text());
    assertEquals(start, d.span().start());
    assertEquals(start + expected.length(), d.span().end());
    assertEquals(Granularity.PERIOD, d.granularity());
  }
}
