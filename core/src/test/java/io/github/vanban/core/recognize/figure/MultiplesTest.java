package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MultiplesTest {

  private static Reading reading(String text) {
    int digit = 0;
    while (!Character.isDigit(text.charAt(digit))) {
      digit++;
    }
    return new Reading(text, VietnameseNumber.scan(text, digit, false));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"gấp 1,4 lần|0", "cao gấp 5,1 lần|0", "bằng 1,3 lần|0", "tăng gấp 2 lần|5"})
  void acceptsAPrefixAndMovesTheStartToIt(String text, int start) {
    Reading r = reading(text);
    assertTrue(Multiples.accept(r));
    assertEquals(start, r.prefixStart);
  }

  @Test
  void keepsAQualifierBetweenThePrefixAndTheNumber() {
    Reading r = reading("gấp hơn 2 lần");
    assertTrue(Multiples.accept(r));
    assertEquals(Qualifier.MORE_THAN, r.qualifier);
    assertEquals(0, r.prefixStart);
  }

  @Test
  void acceptsADecimalOrAComparativeWithAQualifier() {
    assertTrue(Multiples.accept(reading("tăng 1,5 lần")));
    Reading r = reading("thấp hơn cả nước khoảng 20 lần");
    assertTrue(Multiples.accept(r));
    assertNull(r.qualifier);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tổ chức 2 lần", "khoảng 3 lần trong năm", "mũi 2 lần"})
  void rejectsCountsOfTimes(String text) {
    assertFalse(Multiples.accept(reading(text)));
  }
}
