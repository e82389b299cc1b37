package io.github.vanban.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListNumbererTest {

  private static ListLevel level(NumberFormat format, String text, int start) {
    return new ListLevel(format, text, start, -1, false, " ");
  }

  private static ListRef ref(String instance, int level, List<ListLevel> levels) {
    return new ListRef("a0", instance, level, levels, Map.of());
  }

  @ParameterizedTest(name = "{0} {1} from {2}, item {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DECIMAL      | Điều %1. | 1  | 1 | 'Điều 1. '",
        "DECIMAL      | Điều %1. | 1  | 3 | 'Điều 3. '",
        "DECIMAL      | %1.      | 5  | 2 | '6. '",
        "DECIMAL_ZERO | %1.      | 1  | 2 | '02. '",
        "LOWER_LETTER | %1)      | 1  | 3 | 'c) '",
        "LOWER_LETTER | %1)      | 1  | 28 | 'bb) '",
        "UPPER_LETTER | %1.      | 1  | 1 | 'A. '",
        "UPPER_ROMAN  | %1.      | 1  | 4 | 'IV. '",
        "LOWER_ROMAN  | (%1)     | 1  | 9 | '(ix) '",
        "BULLET       | -        | 1  | 2 | '- '",
        "BULLET       | \uF0B7   | 1  | 1 | '• '",
        "NONE         | Phần %1  | 1  | 1 | 'Phần '",
      })
  void rendersOneLevel(NumberFormat format, String text, int start, int item, String expected) {
    ListNumberer numberer = new ListNumberer();
    List<ListLevel> levels = List.of(level(format, text, start));
    String marker = "";
    for (int i = 0; i < item; i++) {
      marker = numberer.next(ref("n1", 0, levels));
    }
    assertEquals(expected, marker);
  }

  @Test
  void deeperLevelsRestartAndShowParents() {
    List<ListLevel> levels =
        List.of(
            level(NumberFormat.UPPER_ROMAN, "%1.", 1),
            level(NumberFormat.DECIMAL, "%2.", 1),
            level(NumberFormat.DECIMAL, "%2.%3.", 1));
    ListNumberer numberer = new ListNumberer();
    List<String> out = new ArrayList<>();
    for (int lvl : new int[] {0, 1, 2, 2, 1, 0, 1, 2}) {
      out.add(numberer.next(ref("n1", lvl, levels)).strip());
    }
    assertEquals(List.of("I.", "1.", "1.1.", "1.2.", "2.", "II.", "1.", "1.1."), out);
  }

  @Test
  void instancesShareCountersUnlessTheyOverrideTheStart() {
    List<ListLevel> levels = List.of(level(NumberFormat.DECIMAL, "%1.", 1));
    ListNumberer numberer = new ListNumberer();
    numberer.next(ref("n1", 0, levels));
    assertEquals("2. ", numberer.next(ref("n2", 0, levels)));
    ListRef restarted = new ListRef("a0", "n3", 0, levels, Map.of(0, 1));
    assertEquals("1. ", numberer.next(restarted));
    assertEquals("2. ", numberer.next(restarted));
  }

  @Test
  void legalNumberingWritesDecimals() {
    List<ListLevel> levels =
        List.of(
            level(NumberFormat.UPPER_ROMAN, "%1.", 1),
            new ListLevel(NumberFormat.DECIMAL, "%1.%2.", 1, -1, true, ""));
    ListNumberer numberer = new ListNumberer();
    numberer.next(ref("n1", 0, levels));
    numberer.next(ref("n1", 0, levels));
    assertEquals("2.1.", numberer.next(ref("n1", 1, levels)));
  }

  @Test
  void emptyLevelTextGivesNoMarker() {
    List<ListLevel> levels = List.of(level(NumberFormat.DECIMAL, "", 1));
    assertEquals("", new ListNumberer().next(ref("n1", 0, levels)));
  }
}
