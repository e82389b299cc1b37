package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentationEvaluatorTest {

  @TempDir Path dir;

  private Path gold(String content) throws IOException {
    return Files.writeString(dir.resolve("gold.txt"), content, StandardCharsets.UTF_8);
  }

  @Test
  void scoresSpansAgainstTheGoldSentences() throws IOException {
    // Two documents, four gold sentences; the rules split "1." off (two wrong predictions, one
    // missed gold sentence) and get the other three right.
    Path gold = gold("1. Sự cần thiết ban hành\n\nTăng 10%.\nNăm sau tăng.\nĐạt kế hoạch.\n");
    SegmentationScore rules = SegmentationEvaluator.evaluate(new SentenceSegmenter(), gold);
    assertEquals(3 / 5.0, rules.precision(), 1e-9);
    assertEquals(3 / 4.0, rules.recall(), 1e-9);
    assertEquals(2 / 3.0, rules.f1(), 1e-9);
    assertEquals(2, rules.documents());
  }

  @Test
  void aSplitterThatMatchesTheGoldScoresOne() throws IOException {
    Path gold = gold("1. Sự cần thiết ban hành\n\nTăng 10%.\nNăm sau tăng.\n");
    SegmentationScore score =
        SegmentationEvaluator.evaluate(OpenNlpSentenceSegmenter.bundled(), gold);
    assertEquals(new SegmentationScore(1, 1, 1, 2), score);
  }

  @Test
  void aSplitterThatFindsNothingScoresZero() throws IOException {
    Path gold = gold("Tăng 10%.\nNăm sau tăng.\n");
    SentenceSplitter nothing = text -> List.<TextSpan>of();
    assertEquals(new SegmentationScore(0, 0, 0, 1), SegmentationEvaluator.evaluate(nothing, gold));
  }

  @Test
  void anEmptyGoldFileScoresZeroDocuments() throws IOException {
    assertEquals(
        new SegmentationScore(0, 0, 0, 0),
        SegmentationEvaluator.evaluate(new SentenceSegmenter(), gold("")));
  }
}
