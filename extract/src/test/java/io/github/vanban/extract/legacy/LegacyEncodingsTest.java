package io.github.vanban.extract.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingsTest {

  private static final String SENTENCES =
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
          + "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 256/TTr-SNV,\n"
          + "Điều 1. Phê duyệt kế hoạch thực hiện quy hoạch sử dụng rừng, đất rừng.\n"
          + "Ủy ban nhân dân tỉnh chịu trách nhiệm tổ chức thực hiện; nguyễn, ước, quyết, "
          + "khuya, thuở, người, nghiêng, giữ, ỷ, ỹ, ỵ, ý, ỳ.";

  @ParameterizedTest
  @CsvSource({
    ".VnTime, TCVN3",
    ".VnTimeH, TCVN3",
    "VnTime, TCVN3",
    ".VnArialH, TCVN3",
    ".VnArial NarrowH, TCVN3",
    "VnTimes, TCVN3",
    "ABCDEF+.VnTime, TCVN3",
    "QWERTY+VnTimeH-Bold, TCVN3",
    "VNI-Times, VNI",
    "VNI-Helve-Condense, VNI",
    "XYZABC+VNI-Times-Bold, VNI"
  })
  void recognisesLegacyFonts(String font, LegacyEncoding expected) {
    assertEquals(Optional.of(expected), LegacyEncodings.forFont(font));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Times New Roman", "Arial", "ABCDEF+TimesNewRomanPSMT", "Vntimes", ""})
  void unicodeFontsHaveNoLegacyEncoding(String font) {
    assertEquals(Optional.empty(), LegacyEncodings.forFont(font));
  }

  @ParameterizedTest
  @CsvSource({
    ".VnTimeH, true",
    ".VnArialH, true",
    ".VnArial NarrowH, true",
    "'ABCDEF+.VnTimeH,Bold', true",
    "VnTimeH-BoldItalic, true",
    ".VnTime, false",
    "VNI-Times, false",
    "Times New Roman, false"
  })
  void recognisesUpperCaseFonts(String font, boolean expected) {
    assertEquals(expected, LegacyEncodings.isUpperCaseFont(font));
  }

  @Test
  void decodesTcvn3() {
    assertEquals(
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        LegacyEncodings.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", LegacyEncoding.TCVN3, false));
    assertEquals(
        "ĐIỀU 1 – ĂN Ở", LegacyEncodings.decode("§iÒu 1 – ¡n ë", LegacyEncoding.TCVN3, true));
  }

  @Test
  void readsThePdfMinusSignOfTcvn3AsU() {
    assertEquals(
        "nước ngoài", LegacyEncodings.decode("n\u2212íc ngoµi", LegacyEncoding.TCVN3, false));
    assertEquals("vốn nước ngoài\n", LegacyEncodings.repair("vèn n\u2212íc ngoµi\n"));
  }

  @Test
  void decodesVni() {
    assertEquals(
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        LegacyEncodings.decode(
            "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", LegacyEncoding.VNI, false));
    assertEquals(
        "QUYẾT ĐỊNH ỦY BAN",
        LegacyEncodings.decode("QUYEÁT ÑÒNH UÛY BAN", LegacyEncoding.VNI, false));
  }

  @Test
  void composesAVniModifierThatOpensARun() {
    String first = LegacyEncodings.decode("Vuõng Ta", LegacyEncoding.VNI, false);
    String second = LegacyEncodings.decode("øu, ngaøy", LegacyEncoding.VNI, false);
    assertEquals("Vũng Tàu, ngày", Normalizer.normalize(first + second, Normalizer.Form.NFC));
  }

  @Test
  void repairsAVniWordInATcvn3Line() {
    assertEquals(
        "9. Ứng dụng và phát triển công nghệ thông tin",
        LegacyEncodings.repair("9. Öùng dông vµ ph¸t triÓn c«ng nghÖ th«ng tin"));
  }

  @Test
  void roundTripsEveryLetter() {
    String all = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ";
    String text = SENTENCES + " " + all;
    // TCVN3 has no capitals with a tone: typists used the lower-case letter.
    assertEquals(
        text.replace("Ủy", "ủy"),
        LegacyEncodings.decode(LegacyTestEncoder.tcvn3(text, false), LegacyEncoding.TCVN3, false));
    assertEquals(
        text, LegacyEncodings.decode(LegacyTestEncoder.vni(text), LegacyEncoding.VNI, false));
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    assertEquals(
        upper, LegacyEncodings.decode(LegacyTestEncoder.vni(upper), LegacyEncoding.VNI, false));
    assertEquals(
        upper,
        LegacyEncodings.decode(LegacyTestEncoder.tcvn3(text, true), LegacyEncoding.TCVN3, true));
  }

  @Test
  void asciiAndUnicodePassThroughDecode() {
    String text = "Điều 5. Report 2024: 12,5% - \"ok\"";
    assertEquals(text, LegacyEncodings.decode(text, LegacyEncoding.TCVN3, false));
    assertEquals(text, LegacyEncodings.decode(text, LegacyEncoding.VNI, false));
    assertEquals("", LegacyEncodings.decode("", LegacyEncoding.VNI, false));
  }

  @Test
  void guessesTheEncoding() {
    assertEquals(
        Optional.of(LegacyEncoding.TCVN3),
        LegacyEncodings.guess(LegacyTestEncoder.tcvn3(SENTENCES, false)));
    assertEquals(
        Optional.of(LegacyEncoding.VNI), LegacyEncodings.guess(LegacyTestEncoder.vni(SENTENCES)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "The quick brown fox jumps over the lazy dog; café, naïve, résumé, Müller, São Paulo.",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        "© 2024 · 25°C ± 1 µm"
      })
  void guessesNothingForUnicodeOrEnglish(String text) {
    assertEquals(Optional.empty(), LegacyEncodings.guess(text));
  }

  @Test
  void repairsMixedText() {
    String[] lines = SENTENCES.split("\n");
    String mixed =
        LegacyTestEncoder.tcvn3(lines[0], false)
            + "\n"
            + lines[1]
            + "\n"
            + LegacyTestEncoder.vni(lines[2])
            + "\n"
            + LegacyTestEncoder.tcvn3("QUYẾT ĐỊNH CỦA ỦY BAN", false)
            + "\n"
            + lines[3];
    String expected =
        String.join("\n", lines[0], lines[1], lines[2], "QUYẾT ĐỊNH CỦA ỦY BAN", lines[3]);
    assertEquals(expected, LegacyEncodings.repair(mixed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "The quick brown fox jumps over the lazy dog; café, naïve, résumé, Müller, São Paulo.",
        "Tôi là người Việt Nam. Hà Nội, ngày 1 tháng 1 năm 2024.",
        "© 2024 · 25°C ± 1 µm"
      })
  void repairLeavesGoodTextAlone(String text) {
    assertSame(text, LegacyEncodings.repair(text));
  }

  @Test
  void repairLeavesUnicodeCorpusTextsAlone() throws IOException {
    List<Path> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(EvalDir.root().resolve("corpus/seeds"));
        Stream<Path> real = Files.list(EvalDir.root().resolve("corpus/real"))) {
      texts.addAll(seeds.toList());
      real.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".truth.txt"))
          .forEach(texts::add);
    }
    assertEquals(11, texts.size(), "5 seeds, 2 Markdown files, 4 transcripts");
    for (Path file : texts) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertSame(text, LegacyEncodings.repair(text), file.getFileName().toString());
    }
  }

  @Test
  void threadsRepairingAtOnceGetTheAnswersOfOneThread() throws Exception {
    String[] lines = SENTENCES.split("\n");
    List<String> texts =
        List.of(
            LegacyTestEncoder.tcvn3(SENTENCES, false),
            LegacyTestEncoder.vni(SENTENCES),
            LegacyTestEncoder.tcvn3(lines[0], false) + "\n" + lines[1],
            SENTENCES);
    List<String> expected = texts.stream().map(LegacyEncodings::repair).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 50; round++) {
        for (String text : texts) {
          results.add(pool.submit(() -> LegacyEncodings.repair(text)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(expected.get(i % texts.size()), results.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> LegacyEncodings.forFont(null));
    assertThrows(NullPointerException.class, () -> LegacyEncodings.repair(null));
  }
}
