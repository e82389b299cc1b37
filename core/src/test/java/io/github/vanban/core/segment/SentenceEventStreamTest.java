package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceEventStreamTest {

  private static List<String> outcomes(String... sentences) throws IOException {
    SentenceDetectorFactory factory =
        new SentenceDetectorFactory("vie", true, null, OpenNlpSentenceSegmenter.eosCharacters());
    ObjectStream<SentenceSample> samples =
        new SentenceSampleStream(ObjectStreamUtils.createObjectStream(sentences));
    List<String> out = new ArrayList<>();
    try (SentenceEventStream events =
        new SentenceEventStream(
            samples, factory.getSDContextGenerator(), factory.getEndOfSentenceScanner())) {
      for (Event e = events.read(); e != null; e = events.read()) {
        out.add(e.getOutcome());
      }
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // a heading without a final full stop: its marker is no break (OpenNLP's stream says s)
        "1. Sự cần thiết ban hành||n",
        "Câu một.|Câu hai.|s s",
        // only the last terminal of a token is a candidate; a number inside a sentence is no break
        "Hoàn thành v.v...|Năm sau tăng.|s s",
        "Thu đạt 55.600 tỷ đồng.||n s",
        // closing quotes and brackets belong to the token that ends the sentence
        "`Bí thư nói: \"Dân là gốc.\"`|Các cấp quán triệt.|s s",
        "TP. Hạ Long tăng 10%.||n s",
      })
  void labelsEachCandidateByTheGoldSentenceEnds(String first, String second, String expected)
      throws IOException {
    List<String> sentences = second == null ? List.of(first) : List.of(first, second);
    assertEquals(List.of(expected.split(" ")), outcomes(sentences.toArray(String[]::new)));
  }

  @ParameterizedTest
  @CsvSource({"Quyết nghị", "Điều khoản chuyển tiếp"})
  void aSentenceWithoutTerminalsGivesNoEvent(String sentence) throws IOException {
    assertEquals(List.of(), outcomes(sentence));
  }
}
