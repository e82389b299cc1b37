package io.github.vanban.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban-bench profile}: the hottest methods of a JFR recording, by samples where the method
 * is on top of the stack (self) and anywhere in it (total), as Markdown tables. JDK 17's {@code
 * jfr} tool prints the samples but does not aggregate them.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = "Top methods of a JFR recording (jdk.ExecutionSample), self and total.")
public final class ProfileBench implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.jfr", description = "The recording.")
  Path recording;

  @Option(names = "--top", defaultValue = "25", description = "Rows per table.")
  int top;

  @Option(
      names = "--filter",
      defaultValue = "",
      description = "Count only samples whose stack holds a frame of this package prefix.")
  String filter;

  @Override
  public Integer call() throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      RecordedStackTrace stack = e.getStackTrace();
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || stack == null) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      if (frames.isEmpty() || !matches(frames)) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        if (seen.add(name(f))) {
          total.merge(name(f), 1, Integer::sum);
        }
      }
    }
    print("self", self, samples);
    print("total", total, samples);
    return 0;
  }

  private boolean matches(List<RecordedFrame> frames) {
    return filter.isEmpty() || frames.stream().anyMatch(f -> name(f).startsWith(filter));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private void print(String title, Map<String, Integer> counts, int samples) {
    System.out.printf("%n| method (%s) | samples | %% of %d |%n|---|---:|---:|%n", title, samples);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    "| %s | %d | %.1f |%n",
                    e.getKey(), e.getValue(), 100.0 * e.getValue() / samples));
  }
}
