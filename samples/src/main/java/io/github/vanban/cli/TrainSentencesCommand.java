package io.github.vanban.cli;

import io.github.vanban.core.segment.OpenNlpSentenceSegmenter;
import io.github.vanban.core.segment.SegmentationEvaluator;
import io.github.vanban.core.segment.SentenceModelTrainer;
import io.github.vanban.core.segment.SentenceSegmenter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanban train-sentences}: retrains the sentence model from sentence files, writes it, and
 * with {@code --eval} prints the span precision, recall and F1 of the new model and of the rule
 * baseline on held-out sentences. The same files and options give the same model.
 */
@Command(
    name = "train-sentences",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Train the OpenNLP sentence model (deterministic) and score it against the rule baseline.",
      "Files are in OpenNLP's sentence format: one sentence per line, an empty line between"
          + " documents. The shipped model is trained as shown in core/src/train/segment/README.md."
    })
final class TrainSentencesCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "Training sentences (UTF-8); repeat to train on several files, in order.")
  List<Path> data;

  @Option(names = "--out", required = true, paramLabel = "MODEL.bin", description = "Model file.")
  Path out;

  @Option(
      names = "--eval",
      paramLabel = "HELDOUT",
      description = "Held-out sentences to score the model and the rule baseline on.")
  Path eval;

  @Option(
      names = "--abbreviations",
      paramLabel = "FILE",
      description = "Abbreviations never followed by a break, one per line (# comments).")
  Path abbreviations;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Set<String> abbrev =
        abbreviations == null ? Set.of() : SentenceModelTrainer.readAbbreviations(abbreviations);
    OpenNlpSentenceSegmenter model = new SentenceModelTrainer(abbrev).train(data);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    stdout.println("model written to " + out);
    if (eval != null) {
      stdout.println("model " + SegmentationEvaluator.evaluate(model, eval));
      stdout.println("rules " + SegmentationEvaluator.evaluate(new SentenceSegmenter(), eval));
    }
    return VanbanCommand.OK;
  }
}
