package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterErrorRateTest {

  @ParameterizedTest
  @CsvSource({
    "'', '', 0",
    "abc, '', 3",
    "kitten, sitting, 3",
    "Việt Nam, Viet Nam, 1",
    "flaw, lawn, 2",
    "quyết định, quyết định, 0"
  })
  void computesLevenshteinDistance(String a, String b, int expected) {
    assertEquals(expected, CharacterErrorRate.distance(a, b));
    assertEquals(expected, CharacterErrorRate.distance(b, a));
  }

  @Test
  void agreesWithTheTextbookAlgorithmAcrossBlocks() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      String a = randomText(random, random.nextInt(300));
      String b = randomText(random, random.nextInt(300));
      assertEquals(textbook(a, b), CharacterErrorRate.distance(a, b), a + " / " + b);
    }
  }

  @Test
  void normalisesCaseWhiteSpaceAndComposition() {
    assertEquals(0.0, CharacterErrorRate.of("  CỘNG   hoà\n\nxã ", "cộng hoà xã"));
    assertEquals(0.0, CharacterErrorRate.of("Vie\u0302\u0323t", "Việt"));
    assertEquals(0.25, CharacterErrorRate.of("abcx", "abcd"));
    assertEquals(0.0, CharacterErrorRate.of("", ""));
    assertEquals(1.0, CharacterErrorRate.of("x", ""));
  }

  private static String randomText(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append("abcđệ ".charAt(random.nextInt(6)));
    }
    return s.toString();
  }

  private static int textbook(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  @Test
  void rateIgnoresCaseWhiteSpaceAndNormalForm() {
    String nfd = Normalizer.normalize("HỘI ĐỒNG  NHÂN\nDÂN", Normalizer.Form.NFD);
    assertEquals(0.0, CharacterErrorRate.of(nfd, "hội đồng nhân dân"));
    assertEquals(1.0 / 17, CharacterErrorRate.of("hội đồng nhân dan", "hội đồng nhân dân"), 1e-9);
  }
}
