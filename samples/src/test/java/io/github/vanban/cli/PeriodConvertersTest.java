package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class PeriodConvertersTest {

  @Test
  void fromTakesTheFirstDayAndToTheLast() {
    assertEquals(LocalDate.of(2024, 1, 1), new PeriodConverters.FirstDay().convert("2024"));
    assertEquals(LocalDate.of(2024, 12, 31), new PeriodConverters.LastDay().convert("2024"));
    assertEquals(LocalDate.of(2024, 2, 29), new PeriodConverters.LastDay().convert("2024-02"));
    assertEquals(
        LocalDate.of(2025, 12, 31), new PeriodConverters.Period().convert("2021/2025").end());
  }

  @Test
  void rejectsWhatIsNotAPeriod() {
    assertThrows(TypeConversionException.class, () -> new PeriodConverters.Period().convert("x"));
    assertThrows(TypeConversionException.class, () -> new PeriodConverters.FirstDay().convert(""));
  }
}
