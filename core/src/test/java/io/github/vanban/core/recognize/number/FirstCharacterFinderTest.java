package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharacterFinderTest {

  private static final String TEXT =
      "Số: 205/NQ-HĐND ngày 10/7/2024; căn cứ Nghị quyết số 13/2023/NQ-HĐND và 06 - NQ/TU,"
          + " Chính phủ1 về việc<sup>2</sup> [^3]: ¹ 15/15 chỉ tiêu, 23%/năm; 2 9 5 /VP-CTHĐND"
          + " x1 y22 z333/ab 4444";

  /** Every match of {@code pattern} in {@code text} by Matcher.find, as start-end-group. */
  private static List<String> byFind(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> byFinder(FirstCharacterFinder finder, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = finder.matcher(text);
    for (int from = 0; finder.find(m, text, from); from = m.end()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  @Test
  void findsWhatFindFindsWithLookBehindAcrossTheTriedPosition() {
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}/])\\d{1,4}+(?:/\\p{L}++)?+");
    List<String> expected = byFind(pattern, TEXT);
    assertEquals(expected, byFinder(new FirstCharacterFinder(pattern, "0123456789"), TEXT));
    // The look-behind sees the text before the tried position: "x1" and "y22" are no matches.
    assertEquals(false, expected.stream().anyMatch(s -> s.endsWith(":1") || s.endsWith(":22")));
  }

  @Test
  void findsTheDocumentNumbersAndFootnoteCallsFindFinds() {
    DocumentNumberParser parser = new DocumentNumberParser();
    assertEquals(
        List.of("205/NQ-HĐND", "13/2023/NQ-HĐND", "06-NQ/TU"),
        parser.find(TEXT).stream().map(ParsedNumber::number).toList());
    Pattern call = Pattern.compile("<sup>\\d++</sup>|\\[\\^\\d++\\]|[¹²³]");
    assertEquals(byFind(call, TEXT), byFinder(new FirstCharacterFinder(call, "<[¹²³"), TEXT));
  }

  @Test
  void findsNothingInTextWithoutItsFirstCharacters() {
    FirstCharacterFinder finder = new FirstCharacterFinder(Pattern.compile("\\d+"), "0123456789");
    String text = "không có chữ số nào";
    assertEquals(false, finder.find(finder.matcher(text), text, 0));
    assertEquals(false, finder.find(finder.matcher(""), "", 0));
  }
}
