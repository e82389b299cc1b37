package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateMention;
import java.util.Optional;
import java.util.Random;
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
  @CsvSource({
    "MONTH, thì",
    "MONTH, THÔNG",
    "DAY_IN_WORDS, người",
    "DAY_WITHOUT_YEAR, nghị",
    "YEAR, nằm",
    "QUARTER, quả",
    "YEAR_RANGE_WITHOUT_DASH, giá",
    "DAY_IN_FIGURES, 12,5"
  })
  void leavesOutRulesThatCannotStartWithThreeCharacters(DateRule rule, String text) {
    assertEquals(0, DateRule.candidates(text, 0) & rule.bit(), text);
  }

  @ParameterizedTest
  @EnumSource(DateRule.class)
  void namesTheRuleAtEveryPositionWhereItsPatternMatches(DateRule rule) {
    String[] pieces = {
      "ngày 10 tháng 7 năm 2024",
      "NGÀY 5 THÁNG 3",
      "Ngày12 tháng 11 năm 2020",
      "ngày 15/12",
      "10/7/2024",
      "Ngày 29.02.2024",
      "tháng 7/2024",
      "THÁNG 6 NĂM 2024",
      "Quý IV/2024",
      "QUÝ II",
      "6 tháng đầu năm 2024",
      "06 tháng cuối năm",
      "Sáu tháng đầu năm",
      "NỬA CUỐI NĂM",
      "6\ttháng đầu năm",
      "năm 2024",
      "Đến năm 2030",
      "ĐẾN NĂM 1999",
      "2021 - 2025",
      "1990-2000",
      "giai đoạn 2021 2025",
      "NHIỆM KỲ 2021 2026",
      "thời kỳ 2011 2020",
      "Năm học 2023 2024",
      "mùa giải 2021 2022",
      "TRUNG HẠN 2021 2025",
      "niên khóa 2020 2021",
      "thì",
      "người",
      "12,5",
      "1.234",
      "(",
      ")",
      "-",
      "/",
      " ",
      "  ",
      "\n",
      "theo"
    };
    Random random = new Random(rule.ordinal());
    int matches = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        sb.append(random.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      Matcher m = rule.matcher(text).useTransparentBounds(true);
      for (int i = 0; i < text.length(); i++) {
        if (m.region(i, text.length()).lookingAt()) {
          matches++;
          assertTrue((DateRule.candidates(text, i) & rule.bit()) != 0, text.substring(i));
        }
      }
    }
    assertTrue(matches > 10, rule + " matched " + matches + " times");
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
