package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitLexiconTest {

  private static final Set<UnitKind> ALL = EnumSet.allOf(UnitKind.class);
  private final UnitLexicon units = UnitLexicon.bundled();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          tỷ USD          | 3  | USD        | MONEY   | 6
          tỷ đồng/người   | 3  | VND        | MONEY   | 7
          KWh             | 0  | kwh        | MEASURE | 3
          lượt khách du   | 0  | lượt khách | MEASURE | 10
          % tổng số       | 0  | %          | PERCENT | 1
          đồng chí        | 0  | đồng chí   | NONE    | 8
          """)
  void matchesTheLongestUnit(String text, int start, String canonical, UnitKind kind, int end) {
    UnitLexicon.Match m = units.match(text, start, ALL);
    assertEquals(canonical, m.unit().canonical());
    assertEquals(kind, m.unit().kind());
    assertEquals(end, m.end());
  }

  @Test
  void filtersByKindButAlwaysReportsNonUnits() {
    assertNull(units.match("năm nay", 0, EnumSet.of(UnitKind.MONEY)));
    assertEquals("năm", units.match("năm nay", 0, EnumSet.of(UnitKind.PER)).unit().canonical());
    assertEquals(UnitKind.NONE, units.match("con số", 0, EnumSet.of(UnitKind.COUNT)).unit().kind());
  }

  @Test
  void findsNothingInEmptyTextOrMidWord() {
    assertNull(units.match("", 0, ALL));
    assertNull(units.match("hai", 0, ALL));
  }

  @Test
  void loadsAnotherLexicon() throws IOException {
    UnitLexicon custom =
        UnitLexicon.load(new StringReader("# mine\nMONEY\tkíp\tLAK\n\nCOUNT\tcon gà\n"));
    assertEquals("LAK", custom.match("100 kíp", 4, ALL).unit().canonical());
    assertEquals("con gà", custom.match("con gà", 0, ALL).unit().canonical());
  }

  @Test
  void rejectsMalformedLinesWithTheirNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> UnitLexicon.load(new StringReader("MONEY\tUSD\nWEIGHT\tkg\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> UnitLexicon.load(new StringReader("MONEY\n")));
  }
}
