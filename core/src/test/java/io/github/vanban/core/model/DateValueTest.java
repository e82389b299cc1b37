package io.github.vanban.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValueTest {

  @ParameterizedTest
  @CsvSource({
    "2024,YEAR,2024-01-01,2024-12-31",
    "2024-H1,HALF,2024-01-01,2024-06-30",
    "2024-H2,HALF,2024-07-01,2024-12-31",
    "2024-Q1,QUARTER,2024-01-01,2024-03-31",
    "2024-Q4,QUARTER,2024-10-01,2024-12-31",
    "2024-02,MONTH,2024-02-01,2024-02-29",
    "2025-06,MONTH,2025-06-01,2025-06-30",
    "2025-06-30,DAY,2025-06-30,2025-06-30",
    "2021/2025,PERIOD,2021-01-01,2025-12-31",
    "1994-12-17/2024-12-17,PERIOD,1994-12-17,2024-12-17",
    "2024-Q1/2024-07,PERIOD,2024-01-01,2024-07-31"
  })
  void readsEveryGranularity(String text, Granularity g, LocalDate start, LocalDate end) {
    DateValue v = DateValue.parse(text);
    assertEquals(new DateValue(text, g, start, end), v);
    assertEquals(v, DateValue.tryParse(text).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({" 2024-7 ,2024-07", "2024-7-1,2024-07-01", "2021 / 2025,2021/2025"})
  void writesWhatAUserTypesInCanonicalForm(String typed, String canonical) {
    assertEquals(canonical, DateValue.parse(typed).text());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "năm",
        "20x4",
        "202",
        "20245",
        "2024-13",
        "2024-02-30",
        "2024-Q",
        "2024-Q5",
        "2024-H3",
        "2024-07-10x",
        "2025/2021",
        "2021/",
        "/2021",
        "2021/2025/2030",
        "2021-2025"
      })
  void rejectsWhatIsNoDateValue(String text) {
    assertTrue(DateValue.tryParse(text).isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateValue.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void factoriesGiveWhatParseReads() {
    assertEquals(DateValue.parse("2024-07-10"), DateValue.day(LocalDate.of(2024, 7, 10)));
    assertEquals(DateValue.parse("2024-07"), DateValue.month(YearMonth.of(2024, 7)));
    assertEquals(DateValue.parse("2024-Q3"), DateValue.quarter(2024, 3));
    assertEquals(DateValue.parse("2024-H2"), DateValue.half(2024, 2));
    assertEquals(DateValue.parse("2024"), DateValue.year(2024));
    assertEquals(
        DateValue.parse("2021/2025"), DateValue.period(DateValue.year(2021), DateValue.year(2025)));
  }

  @Test
  void refusesPartsThatDisagree() {
    LocalDate jan1 = LocalDate.of(2024, 1, 1);
    LocalDate dec31 = LocalDate.of(2024, 12, 31);
    assertThrows(
        IllegalArgumentException.class,
        () -> new DateValue("2024", Granularity.YEAR, jan1, LocalDate.of(2024, 6, 30)));
    assertThrows(
        IllegalArgumentException.class, () -> new DateValue("2024", Granularity.HALF, jan1, dec31));
    assertThrows(
        IllegalArgumentException.class, () -> new DateValue("2025", Granularity.YEAR, jan1, dec31));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DateValue("2024/2024-7", Granularity.PERIOD, jan1, LocalDate.of(2024, 7, 31)));
    assertThrows(
        IllegalArgumentException.class, () -> new DateValue("2024", Granularity.YEAR, dec31, jan1));
    IllegalArgumentException nested =
        assertThrows(
            IllegalArgumentException.class,
            () -> DateValue.period(DateValue.parse("2021/2022"), DateValue.year(2025)));
    assertTrue(nested.getMessage().contains("2021/2022"), nested.getMessage());
  }

  @Test
  void containsTheValuesWithinItsDays() {
    DateValue year = DateValue.year(2024);
    assertTrue(year.contains(DateValue.parse("2024-Q4")));
    assertTrue(year.contains(year));
    assertFalse(year.contains(DateValue.parse("2023/2024")));
    assertEquals(LocalDate.of(2024, 1, 1).toEpochDay(), year.startDay());
    assertEquals(LocalDate.of(2024, 12, 31).toEpochDay(), year.endDay());
  }
}
