package io.github.vanban.cli;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.evaluation.Evaluator;
import io.github.vanban.evaluation.GoldFile;
import io.github.vanban.evaluation.Score;
import io.github.vanban.evaluation.ScoreJsonWriter;
import io.github.vanban.evaluation.ScoreTable;
import io.github.vanban.evaluation.Split;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban eval}: analyses the documents that gold files name and prints precision, recall and
 * F1 per category, header and attribute accuracy (docs/EVALUATION.md); exit status 1 when a {@code
 * --min} threshold is not met.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Score the analysis against hand-annotated gold files (docs/EVALUATION.md).")
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold folders or files.")
  List<Path> gold;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Folder the gold files' \"file\" paths are relative to (default: the 'corpus' folder"
              + " beside the first gold folder or its parent).")
  Path corpus;

  @Option(names = "--split", paramLabel = "TSV", description = "File of FILE<TAB>PART lines.")
  Path split;

  @Option(names = "--part", paramLabel = "PART", description = "Score only this part (dev, test).")
  String part;

  @Option(names = "--json", description = "Print one JSON object (OUTPUT.md).")
  boolean json;

  @Option(names = "--verbose", description = "List every miss and extra with its context.")
  boolean verbose;

  @Option(names = "--no-ocr", description = "Do not OCR scanned pages.")
  boolean noOcr;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--min",
      paramLabel = "NAME=X,...",
      split = ",",
      description = "Fail (exit 1) below these: a category's F1, header, or metric.period...")
  Map<String, Double> min = new LinkedHashMap<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if ((split == null) != (part == null)) {
      throw new ParameterException(spec.commandLine(), "--split and --part go together");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    List<GoldFile> golds = readGold();
    if (golds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no *.gold.json files in " + gold);
    }
    ExtractContext context = ExtractContext.DEFAULT.withOcr(noOcr ? OcrMode.OFF : OcrMode.AUTO);
    Score score =
        new Evaluator(Extractors.standard(), context, DefaultPipeline.create(), threads)
            .evaluate(golds, corpusFolder());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ScoreJsonWriter().write(score, verbose));
    } else {
      new ScoreTable().print(score, verbose, out);
    }
    return belowMinimum(score, spec.commandLine().getErr())
        ? VanbanCommand.SOME_FAILED
        : VanbanCommand.OK;
  }

  private List<GoldFile> readGold() throws IOException {
    Split parts = split == null ? null : Split.read(split);
    List<GoldFile> out = new ArrayList<>();
    for (Path g : gold) {
      if (!Files.exists(g)) {
        throw new ParameterException(spec.commandLine(), "no such gold folder or file: " + g);
      }
      for (Path file : Files.isDirectory(g) ? GoldFile.list(g) : List.of(g)) {
        GoldFile read = GoldFile.read(file);
        if (parts == null || parts.holds(read, part)) {
          out.add(read);
        }
      }
    }
    return out;
  }

  private Path corpusFolder() {
    if (corpus != null) {
      return corpus;
    }
    Path first = gold.get(0).toAbsolutePath().normalize();
    Path folder = Files.isDirectory(first) ? first : first.getParent();
    for (Path p = folder.getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus"))) {
        return p.resolve("corpus");
      }
    }
    throw new ParameterException(spec.commandLine(), "no corpus folder found; give --corpus DIR");
  }

  private boolean belowMinimum(Score score, PrintWriter err) {
    List<String> failed = new ArrayList<>();
    for (Map.Entry<String, Double> m : min.entrySet()) {
      double got;
      try {
        got = score.measure(m.getKey());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--min: " + e.getMessage());
      }
      if (Double.isNaN(got) || got < m.getValue()) {
        failed.add(String.format(Locale.ROOT, "%s %.4f < %s", m.getKey(), got, m.getValue()));
      }
    }
    if (!failed.isEmpty()) {
      err.println("vanban: below threshold: " + String.join("; ", failed));
    }
    return !failed.isEmpty();
  }
}
