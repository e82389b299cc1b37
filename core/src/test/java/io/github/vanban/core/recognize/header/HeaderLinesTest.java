package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderLinesTest {

  private static final String TEXT = "UBND TỈNH\n Số: 5/UBND  V/v họp \n\nKính gửi";

  @Test
  void cutsAtEveryLineBreakKeepingBlankLines() {
    assertEquals(
        List.of(
            new HeaderLine("UBND TỈNH", new TextSpan(0, 9)),
            new HeaderLine("Số: 5/UBND  V/v họp", new TextSpan(11, 30)),
            new HeaderLine("", new TextSpan(32, 32)),
            new HeaderLine("Kính gửi", new TextSpan(33, 41))),
        List.copyOf(new HeaderLines(TEXT)));
  }

  @Test
  void breakingALineCleansEachPartAsALineAndKeepsTheOthers() {
    HeaderLines lines = new HeaderLines(TEXT);
    HeaderLine first = lines.get(0);
    HeaderLines broken = lines.breakingAt(TEXT.indexOf("V/v"));
    assertEquals(
        List.of(
            new HeaderLine("UBND TỈNH", new TextSpan(0, 9)),
            new HeaderLine("Số: 5/UBND", new TextSpan(11, 21)),
            new HeaderLine("V/v họp", new TextSpan(23, 30)),
            new HeaderLine("", new TextSpan(32, 32)),
            new HeaderLine("Kính gửi", new TextSpan(33, 41))),
        List.copyOf(broken));
    assertEquals(4, lines.size());
    assertSame(first, broken.get(0));
  }

  @Test
  void refusesABreakAtALineStartOrOutsideTheText() {
    HeaderLines lines = new HeaderLines(TEXT);
    assertThrows(IllegalArgumentException.class, () -> lines.breakingAt(10));
    assertThrows(IllegalArgumentException.class, () -> lines.breakingAt(0));
    assertThrows(IllegalArgumentException.class, () -> lines.breakingAt(TEXT.length() + 1));
  }
}
