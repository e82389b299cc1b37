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
    "kitten, sitting, 3",
    "'', abc, 3",
    "abc, '', 3",
    "Hội đồng, Hội đồng, 0",
    "Hoi dong, Hội đồng, 3",
  })
  void distanceMatchesLevenshtein(String a, String b, int expected) {
    assertEquals(expected, CharacterErrorRate.distance(a, b));
  }

  @Test
  void rateIgnoresCaseWhiteSpaceAndNormalForm() {
    String nfd = Normalizer.normalize("HỘI ĐỒNG  NHÂN\nDÂN", Normalizer.Form.NFD);
    assertEquals(0.0, CharacterErrorRate.of(nfd, "hội đồng nhân dân"));
    assertEquals(1.0 / 17, CharacterErrorRate.of("hội đồng nhân dan", "hội đồng nhân dân"), 1e-9);
  }

  @Test
  void bandedSearchAgreesWithTheFullTableOnRandomEdits() {
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      String a = randomText(random, 200 + random.nextInt(200));
      StringBuilder b = new StringBuilder(a);
      for (int e = random.nextInt(150); e > 0 && b.length() > 0; e--) {
        int at = random.nextInt(b.length());
        switch (random.nextInt(3)) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, (char) ('a' + random.nextInt(5)));
          default -> b.setCharAt(at, (char) ('a' + random.nextInt(5)));
        }
      }
      assertEquals(fullTable(a, b.toString()), CharacterErrorRate.distance(a, b.toString()));
    }
  }

  private static String randomText(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + random.nextInt(5)));
    }
    return s.toString();
  }

  private static int fullTable(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
