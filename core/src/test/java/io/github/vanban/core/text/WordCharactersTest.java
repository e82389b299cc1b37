package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordCharactersTest {

  @ParameterizedTest
  @ValueSource(chars = {'a', 'Đ', 'ư', 'ỹ', '7', '\u0301', '\u0302'})
  void lettersDigitsAndCombiningMarksAreWordCharacters(char c) {
    assertTrue(WordCharacters.isWordChar(c));
  }

  @ParameterizedTest
  @ValueSource(chars = {' ', '-', '/', '.', ',', '%', '(', '\n', '\u00A0'})
  void punctuationAndSpacesAreNot(char c) {
    assertFalse(WordCharacters.isWordChar(c));
  }

  @Test
  void aCodePointBeyondTheBasicPlaneIsTestedWhole() {
    assertTrue(WordCharacters.isWordChar("𝐀".codePointAt(0)));
  }

  @Test
  void wordCharAtIsFalseOutsideTheText() {
    String text = "số 5";
    assertFalse(WordCharacters.wordCharAt(text, -1));
    assertTrue(WordCharacters.wordCharAt(text, 0));
    assertFalse(WordCharacters.wordCharAt(text, 2));
    assertTrue(WordCharacters.wordCharAt(text, 3));
    assertFalse(WordCharacters.wordCharAt(text, 4));
    assertFalse(WordCharacters.wordCharAt("", 0));
  }

  @Test
  void anNfdSyllableIsOneRunOfWordCharacters() {
    String nfd = java.text.Normalizer.normalize("Việt", java.text.Normalizer.Form.NFD);
    assertEquals(nfd.length(), nfd.chars().filter(WordCharacters::isWordChar).count());
  }
}
