package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceModelTrainerTest {

  /** Held-out F1 recorded in core/src/train/segment/README.md; change both together. */
  private static final double MODEL_F1 = 0.987;

  private static final double RULES_F1 = 0.771;

  private static OpenNlpSentenceSegmenter retrained;

  @TempDir Path dir;

  @BeforeAll
  static void retrainFromTheShippedData() throws IOException {
    Set<String> abbreviations =
        SentenceModelTrainer.readAbbreviations(TrainingData.abbreviations());
    retrained = new SentenceModelTrainer(abbreviations).train(TrainingData.train());
  }

  @Test
  void theShippedModelReproducesFromTheShippedData() throws IOException {
    SegmentationScore shipped =
        SegmentationEvaluator.evaluate(OpenNlpSentenceSegmenter.bundled(), TrainingData.heldOut());
    SegmentationScore again = SegmentationEvaluator.evaluate(retrained, TrainingData.heldOut());
    assertEquals(shipped.f1(), again.f1(), 0.0005);
    assertEquals(MODEL_F1, again.f1(), 0.0005, again.toString());
    for (SentenceSample sample :
        SegmentationEvaluator.readSamples(List.of(TrainingData.heldOut()))) {
      String text = sample.getDocument();
      assertEquals(OpenNlpSentenceSegmenter.bundled().split(text), retrained.split(text), text);
    }
  }

  @Test
  void theModelBeatsTheRuleBaselineOnHeldOutText() throws IOException {
    SegmentationScore model = SegmentationEvaluator.evaluate(retrained, TrainingData.heldOut());
    SegmentationScore rules =
        SegmentationEvaluator.evaluate(new SentenceSegmenter(), TrainingData.heldOut());
    assertEquals(RULES_F1, rules.f1(), 0.0005, rules.toString());
    assertTrue(model.f1() > rules.f1(), "model " + model + " vs rules " + rules);
  }

  @Test
  void anAbbreviationVetoesABreakTheDataWouldTeach() throws IOException {
    Path data = dir.resolve("data.txt");
    Files.writeString(
        data,
        "Dự án đạt TP.\nNăm sau tiếp tục.\n\nKết quả tốt.\nNăm sau tăng.\n\nGiá đạt 55.600 đồng.\n",
        StandardCharsets.UTF_8);
    OpenNlpSentenceSegmenter free = new SentenceModelTrainer(Set.of()).train(List.of(data));
    OpenNlpSentenceSegmenter vetoed = new SentenceModelTrainer(Set.of("TP.")).train(List.of(data));
    String text = "Dự án đạt TP. Năm sau tiếp tục.";
    assertEquals(2, free.split(text).size());
    assertEquals(1, vetoed.split(text).size());
  }

  @Test
  void dataWithoutSentencesIsRejected() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SentenceModelTrainer(Set.of()).train(List.of(empty)));
    assertTrue(e.getMessage().startsWith("no sentences in"), e.getMessage());
  }

  @Test
  void abbreviationListsSkipCommentsAndBlankLines() throws IOException {
    Path list =
        Files.writeString(
            dir.resolve("abbr.txt"), "# chú thích\nTP.\n\n  KT. \nThS.\n", StandardCharsets.UTF_8);
    assertEquals(
        List.of("TP.", "KT.", "ThS."), List.copyOf(SentenceModelTrainer.readAbbreviations(list)));
  }
}
