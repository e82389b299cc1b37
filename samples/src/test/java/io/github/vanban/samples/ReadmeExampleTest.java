package io.github.vanban.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples are these example classes, word for word, and they run as the README
 * says.
 */
class ReadmeExampleTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  @Test
  void theReadmeShowsTheExampleClassesAsTheyAre() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertEquals(List.of(source("AnalyseFileExample"), source("MetricQueryExample")), blocks);
  }

  @Test
  void theFileExamplePrintsTheNumberAndTheMetrics() throws Exception {
    String out = run(() -> AnalyseFileExample.main(new String[] {"docs/nq-12-2024-hdnd-tinh.pdf"}));
    assertTrue(out.startsWith("12/NQ-HĐND\n"), out);
    assertTrue(out.contains("fdi 3.0E9 USD TARGET 2025\n"), out);
  }

  @Test
  void theMetricExampleFindsTheTargetsOfAYear() throws Exception {
    String out =
        run(
            () ->
                MetricQueryExample.main(
                    new String[] {"docs", dir.resolve("index").toString(), "grdp_growth", "2025"}));
    assertTrue(out.contains("2025 12.0 % bc-ubnd-kinhte-2024.docx\n"), out);
    assertTrue(out.lines().allMatch(l -> l.startsWith("2025")), out);
  }

  private static String source(String example) throws Exception {
    return Files.readString(
        Path.of("src/main/java/io/github/vanban/samples/" + example + ".java"),
        StandardCharsets.UTF_8);
  }

  private interface Example {
    void run() throws Exception;
  }

  private static synchronized String run(Example example) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
