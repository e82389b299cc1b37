package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesWhatNeedsQuotingAndDefusesFormulas() {
    assertEquals("a,,1.5,7\r\n", Csv.row(Arrays.asList("a", null, 1.5, 7)));
    assertEquals(
        "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n", Csv.row(List.of("a,b", "say \"hi\"", "x\ny")));
    assertEquals("'=cmd|' /C calc'!A0,-5\r\n", Csv.row(List.of("=cmd|' /C calc'!A0", -5)));
    assertEquals("'@SUM(1),'+1,'-x\r\n", Csv.row(List.of("@SUM(1)", "+1", "-x")));
    assertEquals("\r\n", Csv.row(List.of()));
  }
}
