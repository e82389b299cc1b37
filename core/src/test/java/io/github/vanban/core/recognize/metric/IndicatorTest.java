package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  private static Figure figure(FigureKind kind, String unit) {
    return new Figure("x", new TextSpan(0, 1), kind, 1, null, unit, null, null, null, null);
  }

  private final Indicator tourists =
      new Indicator(
          "t", "Tourists", "Khách", List.of("khách du lịch"), List.of("lượt khách", "lượt"));

  @Test
  void measuresFiguresInItsUnitsInAnyCase() {
    assertTrue(tourists.measures(figure(FigureKind.QUANTITY, "lượt khách")));
    assertTrue(tourists.measures(figure(FigureKind.QUANTITY, "Lượt")));
    assertFalse(tourists.measures(figure(FigureKind.PERCENT, "%")));
  }

  @Test
  void neverMeasuresMultiplesOrRatios() {
    Indicator any = new Indicator("a", "A", "A", List.of("a"), List.of("lần", "chỉ tiêu"));
    assertFalse(any.measures(figure(FigureKind.MULTIPLE, "lần")));
    assertFalse(any.measures(figure(FigureKind.RATIO, "chỉ tiêu")));
  }

  @Test
  void rejectsBlankIdsCuesAndUnits() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Indicator(" ", "A", "A", List.of("a"), List.of("%")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Indicator("a", "A", "A", List.of(), List.of("%")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Indicator("a", "A", "A", List.of("a"), List.of("")));
  }
}
