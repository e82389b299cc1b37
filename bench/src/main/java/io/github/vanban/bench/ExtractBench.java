package io.github.vanban.bench;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.text.CharacterErrorRate;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban-bench extract}: times vanban's extraction and Tika's AutoDetectParser on the same
 * files, per format, and compares text quality against {@code NAME.truth.txt} transcripts.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extraction speed and quality, vanban vs Apache Tika, per format.")
final class ExtractBench implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (recursive).")
  List<Path> paths;

  @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per file (best kept).")
  int repeat;

  @Option(names = "--ocr", description = "Let vanban OCR scanned pages (Tika never does here).")
  boolean ocr;

  /** One file's outcome for one extractor. */
  private record Timing(String format, int pages, long bytes, double seconds, String text) {}

  @Override
  public Integer call() throws IOException {
    Extractors vanban = Extractors.standard();
    ExtractContext context = ExtractContext.DEFAULT.withOcr(ocr ? OcrMode.AUTO : OcrMode.OFF);
    TikaText tika = new TikaText();
    Map<String, double[]> byFormat = new TreeMap<>();
    List<String> quality = new ArrayList<>();
    for (Path file : files()) {
      Timing v = timeVanban(vanban, context, file);
      Timing t = timeTika(tika, file);
      double[] row = byFormat.computeIfAbsent(v.format(), k -> new double[6]);
      row[0]++;
      row[1] += v.pages();
      row[2] += v.bytes();
      row[3] += v.seconds();
      row[4] += t.seconds();
      row[5] += v.text().isEmpty() ? 1 : 0;
      truthFor(file)
          .ifPresent(
              truth ->
                  quality.add(
                      String.format(
                          "| %s | %.2f%% | %.2f%% |",
                          file.getFileName(),
                          100 * CharacterErrorRate.of(v.text(), truth),
                          100 * CharacterErrorRate.of(t.text(), truth))));
    }
    printSpeed(byFormat);
    if (!quality.isEmpty()) {
      System.out.println();
      System.out.println("| file with transcript | vanban CER | Tika CER |");
      System.out.println("|---|---:|---:|");
      quality.forEach(System.out::println);
    }
    return 0;
  }

  private List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().endsWith(".truth.txt"))
            .filter(f -> !f.getFileName().toString().endsWith(".json"))
            .filter(f -> !f.getFileName().toString().endsWith(".tsv"))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  private Timing timeVanban(Extractors vanban, ExtractContext context, Path file)
      throws IOException {
    double best = Double.MAX_VALUE;
    ExtractedDocument doc = null;
    String format = "failed";
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      try {
        doc = vanban.extract(file, context);
        format = doc.metadata().format();
      } catch (ExtractionException e) {
        format = "failed:" + e.reason();
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    int pages = doc == null ? 0 : doc.metadata().pages();
    return new Timing(format, pages, Files.size(file), best, doc == null ? "" : doc.text());
  }

  private Timing timeTika(TikaText tika, Path file) throws IOException {
    double best = Double.MAX_VALUE;
    String text = "";
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      try {
        text = tika.extract(file);
      } catch (IOException | RuntimeException e) {
        text = "";
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    return new Timing("", 0, Files.size(file), best, text);
  }

  private static java.util.Optional<String> truthFor(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    Path truth = file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".truth.txt");
    return Files.exists(truth)
        ? java.util.Optional.of(Files.readString(truth, StandardCharsets.UTF_8))
        : java.util.Optional.empty();
  }

  private static void printSpeed(Map<String, double[]> byFormat) {
    System.out.println(
        "| format | files | pages | MB | vanban s | Tika s | vanban/Tika | vanban docs/s |"
            + " vanban pages/s | empty text |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    byFormat.forEach(
        (format, r) ->
            System.out.printf(
                "| %s | %.0f | %.0f | %.2f | %.3f | %.3f | %.2f | %.1f | %s | %.0f |%n",
                format,
                r[0],
                r[1],
                r[2] / 1e6,
                r[3],
                r[4],
                r[4] == 0 ? 0 : r[3] / r[4],
                r[0] / r[3],
                r[1] == 0 ? "-" : String.format("%.1f", r[1] / r[3]),
                r[5]));
  }
}
