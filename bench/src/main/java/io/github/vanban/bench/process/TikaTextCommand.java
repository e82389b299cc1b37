package io.github.vanban.bench.process;

import io.github.vanban.bench.BenchMain;
import io.github.vanban.bench.TikaText;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban-bench tika-text FILE...}: prints the text Tika's AutoDetectParser extracts from
 * each file, OCR off — what {@code tika-app -t FILE...} does, for the whole-process comparison
 * where tika-app itself is not available (it is not published to Maven Central).
 */
@Command(
    name = "tika-text",
    mixinStandardHelpOptions = true,
    description = "Print the text Tika extracts from each file (like tika-app -t).")
public final class TikaTextCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to read.")
  List<Path> files;

  @Override
  public Integer call() {
    TikaText tika = new TikaText();
    PrintStream out = System.out;
    int failed = 0;
    for (Path f : files) {
      try {
        out.println(tika.extract(f));
      } catch (IOException | RuntimeException e) {
        failed++;
        System.err.println("tika-text: " + f + ": " + e.getMessage());
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** Returns the command that runs this one in a new JVM: {@code java -cp BENCH_JAR ...}. */
  static List<String> javaCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-cp", benchJar(), BenchMain.class.getName(), "tika-text");
  }

  private static String benchJar() {
    try {
      return Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the bench jar's location is not a path", e);
    }
  }
}
