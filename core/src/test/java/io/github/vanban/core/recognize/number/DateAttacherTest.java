package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAttacherTest {

  private static DateMention day(String text, String written, String value) {
    int start = text.indexOf(written);
    return new DateMention(
        written, new TextSpan(start, start + written.length()), DateValue.parse(value));
  }

  /** The hand-made DAY mention is {@code written}; the number ends where {@code number} ends. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          số 176/NQ-HĐND ngày 08 tháng 12 năm 2023 của    | 176/NQ-HĐND | ngày 08 tháng 12 năm 2023 | 2023-12-08
          số 176/NQ-HĐND ngày 08/12/2023 của              | 176/NQ-HĐND | 08/12/2023                | 2023-12-08
          số 57-NQ/TW, ngày 22/12/2024 của                | 57-NQ/TW    | ngày 22/12/2024           | 2024-12-22
          số 204/NQ-HĐND ngày\\n\\n19/4/2024 của          | 204/NQ-HĐND | 19/4/2024                 | 2024-04-19
          số 381/ĐA-CPngày 09 tháng 5 năm 2025            | 381/ĐA-CP   | 09 tháng 5 năm 2025       | 2025-05-09
          """)
  void attachesTheDayRightAfterTheNumber(String sentence, String number, String day, String iso) {
    String text = sentence.replace("\\n", "\n");
    DateAttacher attacher = new DateAttacher(List.of(day(text, day.replace("\\n", "\n"), iso)));
    int end = text.indexOf(number) + number.length();
    assertEquals(Optional.of(iso), attacher.dateAfter(text, end).map(DateValue::text));
  }

  @Test
  void attachesNoDayThatDoesNotFollowTheNumber() {
    String text = "Nghị quyết số 18-NQ/TW, số 19-NQ/TW ngày 25/10/2017";
    DateAttacher attacher = new DateAttacher(List.of(day(text, "ngày 25/10/2017", "2017-10-25")));
    assertEquals(Optional.empty(), attacher.dateAfter(text, text.indexOf(", số")));
    assertEquals(
        Optional.of("2017-10-25"),
        attacher.dateAfter(text, text.indexOf(" ngày")).map(DateValue::text));
  }

  @Test
  void attachesOnlyDays() {
    String text = "Kế hoạch số 12/KH-UBND tháng 7/2024";
    int start = text.indexOf("tháng");
    DateMention month =
        new DateMention(
            "tháng 7/2024", new TextSpan(start, text.length()), DateValue.parse("2024-07"));
    assertEquals(Optional.empty(), new DateAttacher(List.of(month)).dateAfter(text, start - 1));
  }

  @Test
  void attachesNothingWithoutDates() {
    assertEquals(Optional.empty(), new DateAttacher(List.of()).dateAfter("", 0));
  }
}
