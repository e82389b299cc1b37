package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/analyse} leaves no file behind: a child JVM whose {@code java.io.tmpdir} is a
 * fresh folder serves the API and posts the scanned sample to it (the upload is held in memory; the
 * OCR of its page goes through temporary files with the real tesseract); the folder is empty
 * afterwards. A separate JVM, because {@code java.io.tmpdir} is read once per JVM and other
 * processes share the machine's {@code /tmp}.
 */
class AnalyseTempFilesTest {

  @TempDir Path dir;

  @Test
  void analysingAScanLeavesTheTempFolderEmpty() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path answer = dir.resolve("answer.txt");
    Path scan = Path.of("../samples/docs/nq-12-2024-hdnd-tinh-scan.pdf").toAbsolutePath();
    Process child = start(tmp, answer, scan, dir.resolve("child.log"));
    assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child did not end (hang guard)");
    assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
    String text = Files.readString(answer, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("200\n{\"source\":\"nq-12-2024-hdnd-tinh-scan.pdf\""), text);
    assertTrue(text.contains("12/NQ-HĐND"), "the scan was not OCRed: " + text);
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "temp files left behind");
    }
  }

  private static Process start(Path tmp, Path answer, Path upload, Path log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-cp");
    String surefire = System.getProperty("surefire.test.class.path");
    command.add(
        surefire != null && !surefire.isBlank()
            ? surefire
            : System.getProperty("java.class.path")
                .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator));
    command.add(AnalyseTempFilesChild.class.getName());
    command.add(answer.toString());
    command.add(upload.toString());
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile())
        .start();
  }
}
