package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodRangeTest {

  @ParameterizedTest
  @CsvSource({
    "2024,2024-01-01,2024-12-31",
    "2024-07,2024-07-01,2024-07-31",
    "2024-07-10,2024-07-10,2024-07-10",
    "2024-Q4,2024-10-01,2024-12-31",
    "2024-H1,2024-01-01,2024-06-30",
    "2021/2025,2021-01-01,2025-12-31",
    "1994-12-17/2024-12-17,1994-12-17,2024-12-17"
  })
  void coversTheDaysOfAValue(String value, LocalDate start, LocalDate end) {
    PeriodRange r = PeriodRange.of(value).orElseThrow();
    assertEquals(start, r.start());
    assertEquals(end, r.end());
    assertEquals(start.getYear(), r.year());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "năm", "2024-13", "20x4", "2024-Q"})
  void rejectsWhatIsNoValue(String value) {
    assertTrue(PeriodRange.of(value).isEmpty());
  }
}
