package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vanban.core.model.TextSpan;
import org.junit.jupiter.api.Test;

class ParsedNumberTest {

  @Test
  void requiresTextAndSpanOnly() {
    ParsedNumber draft =
        new ParsedNumber("/QĐ-UBND", new TextSpan(4, 12), null, null, null, "QĐ", "UBND");
    assertNull(draft.number());
    assertThrows(
        NullPointerException.class,
        () -> new ParsedNumber(null, new TextSpan(0, 1), "1/QĐ", "1", null, "QĐ", null));
    assertThrows(
        NullPointerException.class,
        () -> new ParsedNumber("1/QĐ", null, "1/QĐ", "1", null, "QĐ", null));
  }
}
