package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

  @Test
  void decodesNamesAndValuesAndKeepsTheFirstOfRepeatedNames() {
    Params p = Params.parse("q=kinh+t%E1%BA%BF&n=205%2FNQ&q=other&empty=&flag");
    assertEquals("kinh tế", p.text("q"));
    assertEquals("205/NQ", p.required("n"));
    assertNull(p.text("empty"));
    assertNull(p.text("flag"));
    assertNull(p.text("absent"));
    assertEquals(7, p.integer("limit", 7, 1, 10));
  }

  @Test
  void emptyQueryStringHasNoParameter() {
    assertNull(Params.parse(null).text("q"));
    assertNull(Params.parse("").text("q"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"q=%ZZ", "q=%", "limit=abc", "limit=11", "limit=0", "min=NaN", "min=1e999"})
  void badValuesAreRefusedWith400(String raw) {
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> {
              Params p = Params.parse(raw);
              p.integer("limit", 1, 1, 10);
              p.decimal("min");
            });
    assertEquals(400, e.status());
  }

  @Test
  void longValuesAndMissingRequiredOnesAreRefused() {
    assertEquals(
        400,
        assertThrows(
                ApiException.class, () -> Params.parse("q=" + "a".repeat(Params.MAX_VALUE + 1)))
            .status());
    assertEquals(
        400, assertThrows(ApiException.class, () -> Params.parse("").required("n")).status());
  }
}
