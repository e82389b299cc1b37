package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> tokens(String text) {
    return tokenizer.tokenize(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsSyllablesAndPunctuation() {
    assertEquals(List.of("Số", ":", "205", "/", "NQ", "-", "HĐND"), tokens("Số: 205/NQ-HĐND"));
    assertEquals(List.of("kinh", "tế", "di", "sản"), tokens("kinh tế  di\nsản"));
  }

  @Test
  void emptyAndBlankInputGiveNoTokens() {
    assertEquals(List.of(), tokens(""));
    assertEquals(List.of(), tokens(" \t\n"));
  }
}
