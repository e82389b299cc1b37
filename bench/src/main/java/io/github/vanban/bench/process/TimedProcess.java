package io.github.vanban.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command under {@code /usr/bin/time} (GNU time, Linux) and returns its wall-clock time, its
 * CPU time (user plus system, children included) and its peak resident set. The command's output is
 * discarded; its error output goes to a log file that is shown when it fails.
 *
 * <p>Stateless and thread-safe.
 */
final class TimedProcess {

  private static final Path TIME = Path.of("/usr/bin/time");

  private TimedProcess() {}

  /**
   * Runs {@code command} and waits for it.
   *
   * @throws IllegalStateException when GNU time is missing
   * @throws IOException when the command cannot be started or its timing read
   */
  static ProcessTiming run(List<String> command) throws IOException, InterruptedException {
    if (!Files.isExecutable(TIME)) {
      throw new IllegalStateException(
          "the whole-process bench needs GNU time at " + TIME + " (Debian package time)");
    }
    Path report = Files.createTempFile("vanban-bench-time", ".txt");
    Path log = Files.createTempFile("vanban-bench-stderr", ".txt");
    try {
      List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o"));
      timed.add(report.toString());
      timed.addAll(command);
      double load = LoadAverage.oneMinute();
      Process p =
          new ProcessBuilder(timed)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(log.toFile())
              .start();
      int exit = p.waitFor();
      String[] f = lastLine(report).trim().split("\\s+");
      if (f.length < 4) {
        throw new IOException("no timing from /usr/bin/time for " + command + ": " + lastLine(log));
      }
      if (exit != 0) {
        System.err.printf("bench: exit %d from %s: %s%n", exit, command.get(0), lastLine(log));
      }
      return new ProcessTiming(
          Double.parseDouble(f[0]),
          Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
          Double.parseDouble(f[3]) / 1024,
          load,
          exit);
    } finally {
      Files.deleteIfExists(report);
      Files.deleteIfExists(log);
    }
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
