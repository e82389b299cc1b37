package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DayGroupsTest {

  private static final Pattern DAY =
      Pattern.compile(
          "Phụ lục(?: ngày (?<day>[0-9]{1,2}) tháng (?<month>[0-9]{1,2}) năm (?<year>[0-9]{4}))?");

  private static Matcher match(String text) {
    Matcher m = DAY.matcher(text);
    assertTrue(m.matches(), text);
    return m;
  }

  @Test
  void readsTheDayAsIso() {
    assertEquals(
        DateValue.parse("2024-12-05"), DayGroups.day(match("Phụ lục ngày 5 tháng 12 năm 2024")));
  }

  @Test
  void noDayGroupGivesNull() {
    assertNull(DayGroups.day(match("Phụ lục")));
  }

  @Test
  void noRealDayGivesNull() {
    assertNull(DayGroups.day(match("Phụ lục ngày 31 tháng 4 năm 2024")));
    assertNull(DayGroups.day(match("Phụ lục ngày 1 tháng 13 năm 2024")));
  }
}
