package io.github.vanban.bench.process;

import io.github.vanban.bench.generate.GenerateBench;
import io.github.vanban.bench.index.IndexContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban-bench process}: times what users run, a cold JVM per run — {@code vanban index DIR
 * --no-ocr} and {@code vanban extract --json --no-ocr FILE...} through the {@code vanban} launcher,
 * and Tika's AutoDetectParser printing the text of the same files in a cold JVM ({@code
 * vanban-bench tika-text}, the equivalent of {@code tika-app -t}) — round after round, interleaved,
 * and reports the medians: MB/s of wall-clock and per CPU-second, pages/s, peak resident memory and
 * the ratio of CPU seconds to Tika's.
 *
 * <p>CPU seconds (user plus system, from GNU time) are the figure to compare on a shared machine:
 * wall-clock time counts the other processes' share of the cores. The one-minute load average at
 * the start of each run is reported beside it.
 */
@Command(
    name = "process",
    mixinStandardHelpOptions = true,
    description = "Whole-process vanban index / extract --json against a cold Tika, medians.")
public final class ProcessBench implements Callable<Integer> {

  /** The commands the bench can time, in the order each round runs them. */
  enum Step {
    /** {@code vanban index DIR --index TMP --rebuild --no-ocr}. */
    INDEX,
    /** {@code vanban extract --json --no-ocr FILE...}, output discarded. */
    EXTRACT,
    /** Tika's text of the same files in a cold JVM, output discarded. */
    TIKA
  }

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders to time (recursive).")
  List<Path> folders;

  @Option(names = "--rounds", defaultValue = "3", description = "Interleaved rounds (median).")
  int rounds;

  @Option(
      names = "--launcher",
      paramLabel = "[NAME=]PATH",
      defaultValue = "vanban",
      description =
          "A vanban launcher script (default: ./vanban of the repository); repeat it, named, to"
              + " compare builds in the same interleaved rounds: --launcher before=A --launcher"
              + " after=B.")
  List<String> launchers;

  @Option(
      names = "--steps",
      split = ",",
      defaultValue = "index,extract,tika",
      description = "Which of index, extract, tika to run (default: all).")
  List<Step> steps;

  @Override
  public Integer call() throws Exception {
    // A launcher rebuilds a stale jar on its first run: do that outside the timed runs.
    for (String launcher : launchers) {
      TimedProcess.run(List.of(path(launcher), "--version"));
    }
    System.out.println(
        "| folder | command | files | MB | pages | wall s | CPU s | MB/s wall | MB/s per CPU-s |"
            + " pages/s wall | pages per CPU-s | peak RSS MB | CPU / Tika CPU | load |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Path folder : folders) {
      timeFolder(folder);
    }
    return 0;
  }

  private void timeFolder(Path folder) throws Exception {
    List<Path> files = files(folder);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    Map<String, List<ProcessTiming>> timings = new LinkedHashMap<>();
    Path index = null;
    long pages = -1;
    for (int round = 1; round <= rounds; round++) {
      for (Step step : steps) {
        for (String launcher : step == Step.TIKA ? List.of("") : launchers) {
          Path out = step == Step.INDEX ? Files.createTempDirectory("vanban-bench-process") : null;
          ProcessTiming t = TimedProcess.run(command(step, path(launcher), folder, files, out));
          String label = label(step, launcher);
          System.err.printf(
              "bench: %s, %s, round %d: %.2f s wall, %.2f s CPU, %.0f MB RSS, load %.2f%n",
              folder.getFileName(),
              label,
              round,
              t.wallSeconds(),
              t.cpuSeconds(),
              t.peakRssMb(),
              t.load());
          timings.computeIfAbsent(label, k -> new ArrayList<>()).add(t);
          if (out != null) {
            pages = IndexContents.read(out).pages();
            deleteTree(out);
          }
        }
      }
    }
    Median tika = timings.containsKey("tika") ? new Median(timings.get("tika")) : null;
    for (Map.Entry<String, List<ProcessTiming>> e : timings.entrySet()) {
      print(folder, e.getKey(), files.size(), bytes, pages, new Median(e.getValue()), tika);
    }
  }

  /** Returns the row label: the step, with the launcher's name when it has one. */
  private static String label(Step step, String launcher) {
    String name = step.name().toLowerCase(Locale.ROOT);
    int eq = launcher.indexOf('=');
    return eq < 0 ? name : name + " (" + launcher.substring(0, eq) + ")";
  }

  /** Returns the absolute path of a {@code [NAME=]PATH} launcher. */
  private static String path(String launcher) {
    return Path.of(launcher.substring(launcher.indexOf('=') + 1)).toAbsolutePath().toString();
  }

  private List<String> command(
      Step step, String vanban, Path folder, List<Path> files, Path index) {
    List<String> c = new ArrayList<>();
    switch (step) {
      case INDEX -> {
        c.addAll(List.of(vanban, "index", folder.toString(), "--index", index.toString()));
        c.addAll(List.of("--rebuild", "--no-ocr", "--exclude", GenerateBench.MANIFEST));
      }
      case EXTRACT -> c.addAll(List.of(vanban, "extract", "--json", "--no-ocr"));
      case TIKA -> c.addAll(TikaTextCommand.javaCommand());
    }
    if (step != Step.INDEX) {
      files.forEach(f -> c.add(f.toString()));
    }
    return c;
  }

  private static void print(
      Path folder, String label, int files, long bytes, long pages, Median m, Median tika) {
    double mb = bytes / 1e6;
    System.out.printf(
        "| %s | %s | %d | %.1f | %s | %.2f | %.2f | %.2f | %.2f | %s | %s | %.0f | %s | %.1f |%n",
        folder.getFileName(),
        label,
        files,
        mb,
        pages < 0 ? "" : Long.toString(pages),
        m.wall(),
        m.cpu(),
        mb / m.wall(),
        mb / m.cpu(),
        pages <= 0 ? "" : String.format("%.1f", pages / m.wall()),
        pages <= 0 ? "" : String.format("%.1f", pages / m.cpu()),
        m.rss(),
        tika == null ? "" : String.format("%.2f", m.cpu() / tika.cpu()),
        m.load());
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !f.getFileName().toString().equals(GenerateBench.MANIFEST))
          .sorted()
          .toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
