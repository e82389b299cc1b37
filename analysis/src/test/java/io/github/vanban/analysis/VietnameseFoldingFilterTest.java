package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseFoldingFilterTest {

  private static List<String> folded(String text) throws IOException {
    return Tokens.of(new VietnameseSyllableTokenizer(), VietnameseFoldingFilter::new, text);
  }

  @Test
  void removesDiacriticsAndFoldsDToD() throws IOException {
    assertEquals(
        List.of("kinh[0,4)", "te[5,7)", "di[8,10)", "san[11,14)", "Đ[15,16)".replace("Đ", "D")),
        folded("kinh tế di sản Đ"));
    assertEquals(List.of("duong[0,5)"), folded("đường"));
  }

  @Test
  void leavesAsciiAndEmptyInputAlone() throws IOException {
    assertEquals(List.of("FDI[0,3)"), folded("FDI"));
    assertEquals(List.of(), folded(""));
  }
}
