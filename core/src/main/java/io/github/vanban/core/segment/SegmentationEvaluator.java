package io.github.vanban.core.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.eval.FMeasure;

/**
 * Scores any {@link SentenceSplitter} on gold sentences in OpenNLP's sentence format with OpenNLP's
 * {@code SentenceDetectorEvaluator}, so the model and the rule baseline are measured the same way.
 *
 * <p>Stateless and thread-safe.
 */
public final class SegmentationEvaluator {

  private SegmentationEvaluator() {}

  /**
   * Splits each gold document with {@code splitter} and scores the sentences it returns.
   *
   * @param splitter the splitter under test
   * @param gold a sentence file (UTF-8): one sentence per line, an empty line between documents
   * @return span precision, recall and F1
   * @throws IOException when the file cannot be read
   */
  public static SegmentationScore evaluate(SentenceSplitter splitter, Path gold)
      throws IOException {
    Objects.requireNonNull(splitter, "splitter");
    List<SentenceSample> samples = readSamples(List.of(gold));
    SentenceDetectorEvaluator evaluator = new SentenceDetectorEvaluator(new Detector(splitter));
    evaluator.evaluate(ObjectStreamUtils.createObjectStream(samples));
    FMeasure f = evaluator.getFMeasure();
    return new SegmentationScore(
        f.getPrecisionScore(), f.getRecallScore(), Math.max(0, f.getFMeasure()), samples.size());
  }

  /** Reads the gold documents of sentence files, in order. */
  static List<SentenceSample> readSamples(List<Path> files) throws IOException {
    List<SentenceSample> out = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      try (ObjectStream<SentenceSample> samples =
          new SentenceSampleStream(ObjectStreamUtils.createObjectStream(lines))) {
        for (SentenceSample s = samples.read(); s != null; s = samples.read()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** OpenNLP's detector interface over a splitter. Thread-safe when the splitter is. */
  private record Detector(SentenceSplitter splitter) implements SentenceDetector {

    @Override
    public String[] sentDetect(CharSequence s) {
      return Span.spansToStrings(sentPosDetect(s), s);
    }

    @Override
    public Span[] sentPosDetect(CharSequence s) {
      return splitter.split(s.toString()).stream()
          .map(t -> new Span(t.start(), t.end()))
          .toArray(Span[]::new);
    }
  }
}
