package io.github.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDetectorTest {

  private final FormatDetector detector = StandardFormats.DETECTOR;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static Stream<Arguments> textualHeads() {
    return Stream.of(
        Arguments.of("%PDF-1.7\n%âãÏÓ", StandardFormats.named("pdf")),
        Arguments.of("{\\rtf1\\ansi\\ansicpg1258", StandardFormats.named("rtf")),
        Arguments.of("  <!DOCTYPE html><html><body>", StandardFormats.named("html")),
        Arguments.of("<html lang='vi'><head>", StandardFormats.named("html")),
        Arguments.of("Nghị quyết số 205/NQ-HĐND", StandardFormats.named("txt")),
        Arguments.of("# Tiêu đề\n\nNội dung", StandardFormats.named("txt")));
  }

  @ParameterizedTest
  @MethodSource("textualHeads")
  void detectsFromLeadingBytes(String head, FileFormat expected) {
    assertEquals(Optional.of(expected), detector.detect(head.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void detectsBinaryContainersAndUtf16() {
    assertEquals(
        Optional.of(StandardFormats.named("doc")),
        detector.detect(
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1,
              0,
              0
            }));
    assertEquals(
        Optional.of(StandardFormats.named("docx")), detector.detect(bytes("PK\u0003\u0004rest")));
    assertEquals(
        Optional.of(StandardFormats.named("txt")),
        detector.detect("Số 05-NQ/TU".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(
        Optional.of(StandardFormats.named("html")),
        detector.detect(bytes("\u00EF\u00BB\u00BF<html>")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\n  \"header\": null}", "[{\"a\": 1}]", "{}", " [1, 2]"})
  void jsonDataIsNoDocument(String json) {
    assertEquals(Optional.empty(), detector.detect(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bracketedTextIsStillText() {
    assertEquals(
        Optional.of(StandardFormats.named("txt")),
        detector.detect("[Dự thảo] Kế hoạch số 12/KH-UBND".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void binaryGarbageIsNoFormat() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1, 2, 3, 4, 5, 6};
    assertEquals(Optional.empty(), detector.detect(png));
  }
}
