package io.github.vanban.extract.legacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.core.text.CharacterErrorRate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures the decoding of real legacy-encoded files against third-party Unicode transcripts
 * (evaluation corpus): by font name, as the office and PDF extractors do, and by {@code repair}
 * alone, as for text without font information.
 */
class LegacyCorpusAccuracyTest {

  /** Latin-1 characters that Vietnamese and English text hardly use but TCVN3 or VNI do. */
  private static final String LEGACY_ONLY = "¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÐÑ×ØÞßæñöøûþ\u00AD";

  /** The files with a transcript, and the highest CER each path may reach on them. */
  static Stream<Arguments> transcribed() {
    return Stream.of(
        Arguments.of("qd-ub-cantho-2004-256.tcvn3.doc", "qd-ub-cantho-2004-256.truth.txt", 0.01),
        Arguments.of(
            "qd-ubnd-binhphuoc-2008-991.vni.doc", "qd-ubnd-binhphuoc-2008-991.truth.txt", 0.01),
        Arguments.of(
            "bc-congnghiep-2007-02-mpi.tcvn3.pdf", "bc-congnghiep-2007-02-mpi.truth.txt", 0.01),
        // The transcript has 17 known errors.
        Arguments.of(
            "qd-ubnd-camau-2006-05-quydinh.vni.doc",
            "qd-ubnd-camau-2006-05-quydinh.truth.txt",
            0.02));
  }

  @ParameterizedTest
  @MethodSource("transcribed")
  void decodesByFontWithinTheBound(String file, String truth, double bound) throws IOException {
    assertWithinBound("font", file, cer(file, truth, LegacyRuns.BY_FONT, false), bound);
  }

  @ParameterizedTest
  @MethodSource("transcribed")
  void repairsWithoutFontsWithinTheBound(String file, String truth, double bound)
      throws IOException {
    assertWithinBound("repair", file, cer(file, truth, LegacyRuns.RAW, true), bound);
  }

  private static void assertWithinBound(String path, String file, double cer, double bound) {
    System.out.printf("CER by %-6s %-40s %.4f%n", path, file, cer);
    assertTrue(cer <= bound, file + ": CER " + cer + " > " + bound);
  }

  /** Files without a transcript: the two independent paths (fonts, repair) must agree. */
  @ParameterizedTest
  @CsvSource({
    "qd-ub-angiang-2002-522.tcvn3.doc",
    "nd-114-2003-cp.tcvn3.doc",
    "qd-bqlkcn-brvt-2007-quyche.vni.doc",
    "bc-khktxh-2005-mpi.tcvn3.pdf",
    "qd-ttg-115-2004.tcvn3.pdf"
  })
  void fontAndRepairAgree(String file) throws IOException {
    Path path = EvalDir.file("corpus/real/" + file);
    boolean pdf = file.endsWith(".pdf");
    String byFont =
        pdf ? LegacyRuns.pdf(path, LegacyRuns.BY_FONT) : LegacyRuns.doc(path, LegacyRuns.BY_FONT);
    String raw = pdf ? LegacyRuns.pdf(path, LegacyRuns.RAW) : LegacyRuns.doc(path, LegacyRuns.RAW);
    double cer = CharacterErrorRate.of(LegacyEncodings.repair(raw), byFont);
    System.out.printf("repair vs font %-40s %.4f%n", file, cer);
    assertTrue(cer <= 0.005, file + ": repair and fonts differ by " + cer);
  }

  /**
   * The mixed TCVN3/VNI file names one font for both encodings, so only {@code repair} can read it:
   * almost no TCVN3 or VNI code point may survive it.
   */
  @Test
  void repairsTheMixedFile() throws IOException {
    Path path = EvalDir.file("corpus/real/kh-cntt-lamdong-1998.mixed-tcvn3-vni.doc");
    String raw = LegacyRuns.doc(path, LegacyRuns.RAW);
    String repaired = LegacyEncodings.repair(raw);
    long left = repaired.chars().filter(c -> LEGACY_ONLY.indexOf(c) >= 0).count();
    long before = raw.chars().filter(c -> LEGACY_ONLY.indexOf(c) >= 0).count();
    System.out.printf("mixed file: legacy code points %d before repair, %d after%n", before, left);
    assertTrue(before > 10_000 && left <= before / 1000, before + " -> " + left);
  }

  private static double cer(
      String file,
      String truth,
      java.util.function.BiFunction<String, String, String> runs,
      boolean repair)
      throws IOException {
    Path path = EvalDir.file("corpus/real/" + file);
    String text = file.endsWith(".pdf") ? LegacyRuns.pdf(path, runs) : LegacyRuns.doc(path, runs);
    if (repair) {
      text = LegacyEncodings.repair(text);
    }
    Path out = Path.of("target", "legacy-" + (repair ? "repair-" : "font-") + file + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text, StandardCharsets.UTF_8);
    String reference =
        Files.readString(EvalDir.file("corpus/real/" + truth), StandardCharsets.UTF_8);
    return CharacterErrorRate.of(text, reference);
  }
}
