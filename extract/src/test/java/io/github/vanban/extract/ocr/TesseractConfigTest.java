package io.github.vanban.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TesseractConfigTest {

  @Test
  void documentsItsDefaults() {
    TesseractConfig c = TesseractConfig.DEFAULT;
    assertEquals("tesseract", c.executable());
    assertEquals("vie", c.language());
    assertEquals(300, c.dpi());
    assertEquals(3, c.pageSegmentation());
    assertEquals(Duration.ofSeconds(120), c.timeout());
  }

  @Test
  void copiesWithOneValueChanged() {
    TesseractConfig c =
        TesseractConfig.DEFAULT.withLanguage("vie+eng").withDpi(400).withPageSegmentation(6);
    assertEquals(new TesseractConfig("tesseract", "vie+eng", 400, 6, Duration.ofSeconds(120)), c);
    assertEquals("/opt/t", c.withExecutable("/opt/t").executable());
    assertEquals(Duration.ofSeconds(5), c.withTimeout(Duration.ofSeconds(5)).timeout());
  }

  @Test
  void rejectsBadValues() {
    TesseractConfig c = TesseractConfig.DEFAULT;
    assertThrows(IllegalArgumentException.class, () -> c.withLanguage("vie; rm"));
    assertThrows(IllegalArgumentException.class, () -> c.withLanguage(""));
    assertThrows(IllegalArgumentException.class, () -> c.withExecutable(" "));
    assertThrows(IllegalArgumentException.class, () -> c.withDpi(10));
    assertThrows(IllegalArgumentException.class, () -> c.withPageSegmentation(14));
    assertThrows(IllegalArgumentException.class, () -> c.withTimeout(Duration.ZERO));
    assertThrows(NullPointerException.class, () -> c.withTimeout(null));
  }
}
