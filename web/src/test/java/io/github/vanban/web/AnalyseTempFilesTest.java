package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    ChildJvm.run(
        AnalyseTempFilesChild.class,
        tmp,
        dir.resolve("child.log"),
        answer.toString(),
        scan.toString());
    String text = Files.readString(answer, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("200\n{\"source\":\"nq-12-2024-hdnd-tinh-scan.pdf\""), text);
    assertTrue(text.contains("12/NQ-HĐND"), "the scan was not OCRed: " + text);
    ChildJvm.assertEmpty(tmp);
  }
}
