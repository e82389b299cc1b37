package io.github.vanban.core.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the sentence model of {@link OpenNlpSentenceSegmenter} from files in OpenNLP's sentence
 * format (one sentence per line, an empty line between documents; vanban's files hold one line of
 * extracted text per document, see {@code core/src/train/segment/README.md}).
 *
 * <p>Deterministic: the averaged perceptron with fixed {@link #ITERATIONS} and {@link #CUTOFF}, one
 * thread and no sampling, so the same files give the same model parameters. Events are made by
 * {@link SentenceEventStream}, which labels a candidate by the gold sentence ends rather than by
 * OpenNLP's "last full stop of each sentence" rule, so headings without a final full stop ({@code
 * 1. Sự cần thiết ban hành}) teach "no break". Immutable and thread-safe.
 */
public final class SentenceModelTrainer {

  /**
   * The training algorithm: OpenNLP's perceptron, chosen over maxent by 10-fold cross-validation.
   */
  public static final String ALGORITHM = "PERCEPTRON";

  /** Training iterations. */
  public static final int ITERATIONS = 100;

  /** Features seen fewer times than this are dropped (chosen by cross-validation on the data). */
  public static final int CUTOFF = 2;

  private static final String LANGUAGE = "vie";

  private final Set<String> abbreviations;

  /**
   * Creates a trainer whose models never break after {@code abbreviations} and see them as a
   * feature.
   *
   * @param abbreviations words with their full stop ({@code TP.}), possibly empty
   */
  public SentenceModelTrainer(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /**
   * Trains a model on the sentences of {@code data}.
   *
   * @param data sentence files (UTF-8), read in order
   * @return a segmenter over the new model
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when the files hold no sentence
   */
  public OpenNlpSentenceSegmenter train(List<Path> data) throws IOException {
    List<SentenceSample> samples = SegmentationEvaluator.readSamples(data);
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sentences in " + data);
    }
    SentenceDetectorFactory factory =
        new SentenceDetectorFactory(
            LANGUAGE, true, dictionary(), OpenNlpSentenceSegmenter.eosCharacters());
    Map<String, String> manifest = new HashMap<>();
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters(), manifest);
    MaxentModel model =
        trainer.train(
            new SentenceEventStream(
                ObjectStreamUtils.createObjectStream(samples),
                factory.getSDContextGenerator(),
                factory.getEndOfSentenceScanner()));
    return new OpenNlpSentenceSegmenter(new SentenceModel(LANGUAGE, model, manifest, factory));
  }

  /**
   * Reads an abbreviation list: one abbreviation with its full stop per line; blank lines and lines
   * starting with {@code #} are skipped.
   *
   * @param file the list (UTF-8)
   * @return the abbreviations in file order
   * @throws IOException when the file cannot be read
   */
  public static Set<String> readAbbreviations(Path file) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(s);
      }
    }
    return out;
  }

  private Dictionary dictionary() {
    if (abbreviations.isEmpty()) {
      return null;
    }
    Dictionary d = new Dictionary(true);
    abbreviations.stream().sorted().forEach(a -> d.put(new StringList(a)));
    return d;
  }

  private static TrainingParameters parameters() {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    return p;
  }
}
