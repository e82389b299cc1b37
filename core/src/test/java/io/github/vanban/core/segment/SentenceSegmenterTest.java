package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSegmenterTest {

  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  private List<String> split(String text) {
    return segmenter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Căn cứ Luật. Xét Tờ trình.|Căn cứ Luật.;Xét Tờ trình.",
        "TP. Hạ Long đạt 10%. Năm 2024 tăng.|TP. Hạ Long đạt 10%.;Năm 2024 tăng.",
        "KT. CHỦ TỊCH|KT. CHỦ TỊCH",
        "tăng 8,42%. 2 con số|tăng 8,42%. 2 con số",
        "  một  |một",
      })
  void splitsAtTerminalsButNotAbbreviationsOrDigits(String text, String expected) {
    assertEquals(List.of(expected.split(";")), split(text));
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '", "'\n\n'"})
  void blankTextHasNoSentence(String text) {
    assertEquals(List.of(), segmenter.split(text));
  }

  @org.junit.jupiter.api.Test
  void lineBreakAlwaysEndsASentenceAndSpansPointIntoTheText() {
    String text = "Dòng một\nDòng hai";
    assertEquals(List.of(new TextSpan(0, 8), new TextSpan(9, 17)), segmenter.split(text));
  }
}
