package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void alignsColumnsAndCutsLongCells() {
    StringWriter out = new StringWriter();
    new Table(List.of("A", "BB"), 5, 10)
        .row("Quảng Ninh", null)
        .row("x", "multi\nline")
        .print(new PrintWriter(out, true), "> ");
    assertEquals("> A      BB\n> Quản…  -\n> x      multi line\n", out.toString());
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    Table t = new Table(List.of("A"), 5);
    assertThrows(IllegalArgumentException.class, () -> t.row("a", "b"));
  }
}
