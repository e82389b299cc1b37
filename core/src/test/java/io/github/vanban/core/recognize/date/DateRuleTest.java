package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateMention;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DateRuleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DAY_IN_WORDS     | ngày 29 tháng 2 năm 2024 | 2024-02-29
          DAY_IN_FIGURES   | ngày 29.02.2024          | 2024-02-29
          DAY_WITHOUT_YEAR | ngày 29/2                | 2024-02-29
          MONTH            | tháng 12-2024            | 2024-12
          QUARTER          | quý 2/2025               | 2025-Q2
          HALF             | nửa đầu năm 2025         | 2025-H1
          YEAR             | năm 1999                 | 1999
          YEAR_RANGE       | 2024-2025                | 2024/2025
          YEAR_RANGE_WITHOUT_DASH | giai đoạn 2021 2023 | 2021/2023
          """)
  void readsItsOwnForm(DateRule rule, String text, String value) {
    Matcher m = rule.matcher(text);
    assertTrue(m.find(), text);
    Optional<DateMention> d = rule.toMention(text, m, 2024);
    assertEquals(value, d.orElseThrow().value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DAY_IN_WORDS     | ngày 29 tháng 2 năm 2023
          DAY_IN_FIGURES   | ngày 0/1/2024
          DAY_WITHOUT_YEAR | ngày 31/4
          """)
  void rejectsDaysNotInTheCalendar(DateRule rule, String text) {
    Matcher m = rule.matcher(text);
    assertTrue(m.find(), text);
    assertTrue(rule.toMention(text, m, 2024).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DAY_IN_WORDS     | NGÀY 29 THÁNG 2 NĂM 2024
          DAY_IN_FIGURES   | Ngày 29.02.2024
          DAY_IN_FIGURES   | 29.02.2024
          DAY_WITHOUT_YEAR | Ngày 29/2
          MONTH            | THÁNG 12-2024
          QUARTER          | Quý 2/2025
          HALF             | Sáu tháng đầu năm 2025
          HALF             | 6 tháng cuối năm
          HALF             | Nửa đầu năm 2025
          YEAR             | Đến năm 1999
          YEAR_RANGE       | 2024-2025
          YEAR_RANGE_WITHOUT_DASH | Nhiệm kỳ 2021 2026
          """)
  void declaresTheFirstCharacterOfEveryMatch(DateRule rule, String text) {
    Matcher m = rule.matcher(text);
    assertTrue(m.lookingAt(), text);
    assertTrue(rule.canStartWith(text.charAt(0)), text);
  }

  @ParameterizedTest
  @CsvSource({
    "DAY_IN_WORDS, ngày 5 tháng 3",
    "DAY_IN_FIGURES, 05/3/2024",
    "DAY_IN_FIGURES, NGÀY 5/3/2024",
    "MONTH, THÁNG 12-2024",
    "HALF, 6 tháng đầu năm",
    "HALF, NỬA ĐẦU NĂM",
    "YEAR, ĐẾN NĂM 2030",
    "YEAR_RANGE_WITHOUT_DASH, MÙA GIẢI 2021 2022"
  })
  void namesTheRuleAmongTheCandidatesOfItsFirstTwoCharacters(DateRule rule, String text) {
    assertTrue(rule.matcher(text).lookingAt(), text);
    assertTrue((DateRule.candidates(text, 0) & rule.bit()) != 0, text);
  }

  @ParameterizedTest
  @CsvSource({"MONTH, tình", "DAY_IN_WORDS, nhà", "YEAR_RANGE, 1 ", "QUARTER, q"})
  void leavesOutRulesThatCannotStartWithTwoCharacters(DateRule rule, String text) {
    assertEquals(0, DateRule.candidates(text, 0) & rule.bit(), text);
  }

  @ParameterizedTest
  @CsvSource({"MONTH, n", "QUARTER, t", "YEAR_RANGE, 3", "DAY_IN_WORDS, 1"})
  void refusesOtherFirstCharacters(DateRule rule, char c) {
    assertFalse(rule.canStartWith(c));
  }

  @ParameterizedTest
  @EnumSource(DateRule.class)
  void matchesNothingInEmptyText(DateRule rule) {
    assertFalse(rule.matcher("").find());
  }
}
