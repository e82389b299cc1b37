package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.segment.SentenceSegmenter;
import io.github.vanban.core.text.SoftBreaks;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedSentencesTest {

  private static JoinedSentences of(String text) {
    List<TextSpan> split = new SentenceSegmenter().split(text);
    return new JoinedSentences(text, SoftBreaks.join(text), split);
  }

  @Test
  void joinsASentenceSplitByASoftLineBreak() {
    String text = "Tổng thu ngân sách nhà nước trên\nđịa bàn đạt 55.600 tỷ đồng. Tỷ lệ đạt 9%.";
    JoinedSentences s = of(text);
    assertEquals(new TextSpan(0, text.indexOf(" Tỷ")), s.at(text.indexOf("55.600"), text.length()));
    assertEquals(new TextSpan(0, text.indexOf(" Tỷ")), s.at(0, text.length()));
  }

  @Test
  void keepsSentencesSplitByAFullStopOrAHardBreak() {
    String text = "Năm 2024 tốt. Tỷ lệ đạt 9%.\nPhần hai";
    JoinedSentences s = of(text);
    assertEquals(new TextSpan(14, 27), s.at(20, text.length()));
    assertEquals(new TextSpan(28, 36), s.at(30, text.length()));
  }

  @Test
  void coversTheWholeTextWhereThereIsNoSentence() {
    assertEquals(new TextSpan(0, 0), of("").at(0, 0));
  }
}
