package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseSyllableTokenizerTest {

  private static List<String> tokens(String text) throws IOException {
    return Tokens.of(new VietnameseSyllableTokenizer(), ts -> ts, text);
  }

  @Test
  void splitsSyllablesAndDropsPunctuation() throws IOException {
    assertEquals(
        List.of("Quảng[0,5)", "Ninh[6,10)", "205[12,15)", "NQ[16,18)", "HĐND[19,23)"),
        tokens("Quảng Ninh, 205/NQ-HĐND."));
  }

  @Test
  void keepsCombiningMarksInsideTheSyllable() throws IOException {
    String nfd = "kinh te\u0302\u0301";
    assertEquals(List.of("kinh[0,4)", "te\u0302\u0301[5,9)"), tokens(nfd));
  }

  @Test
  void emptyAndPunctuationOnlyInputGiveNoToken() throws IOException {
    assertEquals(List.of(), tokens(""));
    assertEquals(List.of(), tokens(" - ... ; "));
  }
}
