package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.segment.SentenceSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogicalSentencesTest {

  private static LogicalSentences of(String text) {
    return LogicalSentences.of(text, new SentenceSegmenter().split(text), RelationCues.standard());
  }

  private static String sentenceAt(String text, String inside) {
    return of(text).at(text.indexOf(inside)).of(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Xét Tờ trình số 1641/TTr-UBND và Đề án số\n381/ĐA-CP ngày 09/5/2025",
        "đã được chỉ ra tại Nghị quyết số 204/NQ-HĐND ngày\n\n19/4/2024 của HĐND",
        "Tiếp tục thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy gắn với\nNghị quyết số 18-NQ/TW",
        "Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08/12/2023 của Hội đồng\nnhân dân tỉnh",
      })
  void joinsWrappedLines(String text) {
    assertEquals(text, sentenceAt(text, "\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XIV\nCăn cứ Nghị quyết số 176/NQ-HĐND",
        "Về nhiệm vụ năm 2024\nCăn cứ Nghị quyết số 176/NQ-HĐND",
        "triển khai thực hiện chỉ đạo của Chính phủ¹ về thí điểm\n¹ Nghị quyết số 108/NQ-CP",
        "Tập trung triển khai các giải pháp\n2. Nghị quyết số 108/NQ-CP",
        "Tập trung triển khai các giải pháp\n- Nghị quyết số 108/NQ-CP",
        "Tập trung triển khai các giải pháp\nĐiều 2. Nghị quyết số 108/NQ-CP",
        "Tập trung triển khai các giải pháp\n\nNghị quyết số 108/NQ-CP",
        "Tập trung triển khai các giải pháp.\nNghị quyết số 108/NQ-CP",
        "Tập trung triển khai các giải pháp\nNGHỊ QUYẾT SỐ 108/NQ-CP",
      })
  void keepsSentencesApart(String text) {
    int lastLine = text.lastIndexOf('\n') + 1;
    String sentence = of(text).at(text.length() - 1).of(text);
    assertTrue(sentence.length() <= text.length() - lastLine, sentence);
  }

  @Test
  void coversTheWholeTextWithoutSentences() {
    String text = "Nghị quyết số 5/NQ-HĐND";
    LogicalSentences none = LogicalSentences.of(text, List.of(), RelationCues.standard());
    assertEquals(new TextSpan(0, text.length()), none.at(3));
    assertEquals(new TextSpan(0, 0), of("").at(0));
  }
}
