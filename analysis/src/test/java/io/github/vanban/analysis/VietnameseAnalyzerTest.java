package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

  private static final String TEXT = "Kinh tế Di Sản";

  @Test
  void exactModeKeepsDiacriticsInLowerCase() throws IOException {
    assertEquals(
        List.of("kinh[0,4)", "tế[5,7)", "di[8,10)", "sản[11,14)"),
        Tokens.of(new VietnameseAnalyzer(Mode.EXACT), TEXT));
  }

  @Test
  void foldedModeDropsDiacritics() throws IOException {
    assertEquals(
        List.of("kinh[0,4)", "te[5,7)", "di[8,10)", "san[11,14)"),
        Tokens.of(new VietnameseAnalyzer(Mode.FOLDED), TEXT));
  }

  @Test
  void bigramModeJoinsAdjacentFoldedSyllables() throws IOException {
    assertEquals(
        List.of("kinh te[0,7)", "te di[5,10)", "di san[8,14)"),
        Tokens.of(new VietnameseAnalyzer(Mode.FOLDED_BIGRAMS), TEXT));
    assertEquals(List.of(), Tokens.of(new VietnameseAnalyzer(Mode.FOLDED_BIGRAMS), "một"));
  }

  @Test
  void nfdAndEthInputAnalyseLikeNfc() throws IOException {
    VietnameseAnalyzer exact = new VietnameseAnalyzer(Mode.EXACT);
    assertEquals(List.of("hđnd[0,4)", "tế[5,9)"), Tokens.of(exact, "H\u00D0ND te\u0302\u0301"));
  }

  @Test
  void normalizeFoldsQueryTermsForWildcards() {
    assertEquals("ben", new VietnameseAnalyzer(Mode.FOLDED).normalize("f", "Bền").utf8ToString());
    assertEquals("bền", new VietnameseAnalyzer(Mode.EXACT).normalize("f", "Bền").utf8ToString());
  }

  @Test
  void emptyInputGivesNoToken() throws IOException {
    for (Mode mode : Mode.values()) {
      assertEquals(List.of(), Tokens.of(new VietnameseAnalyzer(mode), ""));
    }
  }

  @Test
  void randomTextNeverThrowsAndOffsetsStayInRange() throws IOException {
    Random random = new Random(7);
    String alphabet = "aăâeêioôơuưyđĐ\u0300\u0301\u0303\u0309\u0323 -/.,0123456789\u00D0\n";
    for (int n = 0; n < 200; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (Mode mode : Mode.values()) {
        for (String token : Tokens.of(new VietnameseAnalyzer(mode), s.toString())) {
          String[] range =
              token.substring(token.lastIndexOf('[') + 1, token.length() - 1).split(",");
          int start = Integer.parseInt(range[0]);
          int end = Integer.parseInt(range[1]);
          assertEquals(true, 0 <= start && start <= end && end <= s.length(), token + " in " + s);
        }
      }
    }
  }
}
