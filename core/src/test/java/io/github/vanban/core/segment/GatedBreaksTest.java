package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The segmenter asks its model only where vanban's acceptability test allows a break; these tests
 * hold it to OpenNLP's own {@code SentenceDetectorME} with the same test as its {@code
 * isAcceptableBreak}, which asks the model at every end-of-sentence character.
 */
class GatedBreaksTest {

  private static final OpenNlpSentenceSegmenter SEGMENTER = OpenNlpSentenceSegmenter.bundled();

  private static OpenNlpDetector reference;

  @BeforeAll
  static void loadReference() throws IOException {
    try (InputStream in =
        OpenNlpSentenceSegmenter.class.getResourceAsStream(OpenNlpSentenceSegmenter.RESOURCE)) {
      reference = new OpenNlpDetector(new SentenceModel(in));
    }
  }

  @Test
  void paragraphsOfTheTrainingSentencesSplitAsOpenNlpSplitsThem() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (Path file : List.of(TrainingData.heldOut(), TrainingData.train().get(0))) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          sentences.add(line.strip());
        }
      }
    }
    Random random = new Random(7);
    int lines = 0;
    int multiSentence = 0;
    for (int i = 0; i < sentences.size(); ) {
      int count = 1 + random.nextInt(6);
      String line = String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + count)));
      assertSameSentences(line);
      multiSentence += SEGMENTER.split(line).size() > 1 ? 1 : 0;
      lines++;
      i += count;
    }
    assertTrue(lines > 500 && multiSentence > 300, lines + " lines, " + multiSentence);
  }

  @Test
  void numbersAbbreviationsQuotesAndBracketsSplitAsOpenNlpSplitsThem() {
    String[] pieces = {
      "Tổng vốn",
      "đạt",
      "1.234.567",
      "8,42%.",
      "TP.",
      "Hạ Long",
      "v.v.",
      "…",
      "\"Dân là gốc.\"",
      "(gồm 05 người).",
      "?!",
      "Năm",
      "2024",
      ".",
      "KT.",
      "ThS.",
      "a.",
      "1.2.",
      "x.)",
      "*.",
      "» ",
      "Q.",
      "\t",
      "  ",
      "TRONG ĐÓ",
      "U.S.A.",
      "tỷ đồng.",
      "?",
      "!",
      "'"
    };
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int count = 1 + random.nextInt(14);
      for (int i = 0; i < count; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        sb.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String line = sb.toString().strip();
      if (!line.isEmpty()) {
        assertSameSentences(line);
      }
    }
  }

  /** Asserts that the segmenter cuts a trimmed line of one or more sentences where OpenNLP does. */
  private static void assertSameSentences(String line) {
    List<TextSpan> expected =
        OpenNlpSentenceSegmenter.hasInnerBreak(line, 0, line.length())
            ? Arrays.stream(reference.sentPosDetect(line))
                .map(s -> new TextSpan(s.getStart(), s.getEnd()))
                .toList()
            : List.of(new TextSpan(0, line.length()));
    assertEquals(expected, SEGMENTER.split(line), line);
  }

  /** OpenNLP's detector with vanban's acceptability test, as the segmenter used it before. */
  private static final class OpenNlpDetector extends SentenceDetectorME {

    private final Set<String> abbreviations;

    OpenNlpDetector(SentenceModel model) {
      super(model, (Dictionary) null);
      this.abbreviations = Set.copyOf(model.getAbbreviations().asStringSet());
    }

    @Override
    protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
      int j = candidateIndex + 1;
      while (j < s.length() && "\"')]*»".indexOf(s.charAt(j)) >= 0) {
        j++;
      }
      if (j >= s.length() || !Character.isWhitespace(s.charAt(j))) {
        return false;
      }
      int k = candidateIndex;
      while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
        k--;
      }
      return !abbreviations.contains(s.subSequence(k, candidateIndex + 1).toString());
    }
  }
}
