package io.github.vanban.extract.legacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the decoding of real legacy-encoded files against third-party Unicode transcripts
 * (shared corpus): by font name, as the office and PDF extractors do, and by {@code repair} alone,
 * as for text without font information.
 */
class LegacyCorpusAccuracyTest {

  @ParameterizedTest
  @CsvSource({
    "qd-ub-cantho-2004-256.tcvn3.doc, qd-ub-cantho-2004-256.truth.txt, 0.01",
    "qd-ubnd-binhphuoc-2008-991.vni.doc, qd-ubnd-binhphuoc-2008-991.truth.txt, 0.01",
    "bc-congnghiep-2007-02-mpi.tcvn3.pdf, bc-congnghiep-2007-02-mpi.truth.txt, 0.01",
    // The transcript has 17 known errors.
    "qd-ubnd-camau-2006-05-quydinh.vni.doc, qd-ubnd-camau-2006-05-quydinh.truth.txt, 0.02"
  })
  void decodesByFontWithinTheBound(String file, String truth, double bound) throws IOException {
    double cer = cer(file, truth, LegacyRuns.BY_FONT, false);
    System.out.printf("CER by font   %-40s %.4f%n", file, cer);
    assertTrue(cer <= bound, file + ": CER " + cer + " > " + bound);
  }

  @ParameterizedTest
  @CsvSource({
    "qd-ub-cantho-2004-256.tcvn3.doc, qd-ub-cantho-2004-256.truth.txt, 0.01",
    "qd-ubnd-binhphuoc-2008-991.vni.doc, qd-ubnd-binhphuoc-2008-991.truth.txt, 0.01",
    "bc-congnghiep-2007-02-mpi.tcvn3.pdf, bc-congnghiep-2007-02-mpi.truth.txt, 0.01",
    "qd-ubnd-camau-2006-05-quydinh.vni.doc, qd-ubnd-camau-2006-05-quydinh.truth.txt, 0.02"
  })
  void repairsWithoutFontsWithinTheBound(String file, String truth, double bound)
      throws IOException {
    double cer = cer(file, truth, LegacyRuns.RAW, true);
    System.out.printf("CER by repair %-40s %.4f%n", file, cer);
    assertTrue(cer <= bound, file + ": CER " + cer + " > " + bound);
  }

  private static double cer(
      String file,
      String truth,
      java.util.function.BiFunction<String, String, String> runs,
      boolean repair)
      throws IOException {
    Path path = SharedCorpus.file("corpus/real/" + file);
    String text = file.endsWith(".pdf") ? LegacyRuns.pdf(path, runs) : LegacyRuns.doc(path, runs);
    if (repair) {
      text = LegacyEncodings.repair(text);
    }
    Path out = Path.of("target", "legacy-" + (repair ? "repair-" : "font-") + file + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text, StandardCharsets.UTF_8);
    String reference =
        Files.readString(SharedCorpus.file("corpus/real/" + truth), StandardCharsets.UTF_8);
    return CharacterErrorRate.of(text, reference);
  }
}
