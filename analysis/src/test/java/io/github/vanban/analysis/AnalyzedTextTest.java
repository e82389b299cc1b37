package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzedTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kinh tế Di Sản",
        "Nghị quyết số 205/2024/NQ-HĐND ngày 12/7/2024 của Hội đồng nhân dân tỉnh",
        "H\u00D0ND te\u0302\u0301 ĐỒNG THÁP: tăng 7,5% so với năm 2023",
        "một",
        "",
        "  ,.;  ",
        "Tổng sản phẩm (GRDP) đạt 1.234,5 tỷ đồng\n\nTHỦ TƯỚNG\n(Đã ký)"
      })
  void replaysWhatTheAnalyzerOfEachModeGives(String text) throws IOException {
    AnalyzedText analysed = AnalyzedText.of(text);
    for (Mode mode : Mode.values()) {
      assertEquals(
          tokens(new VietnameseAnalyzer(mode).tokenStream("f", text)),
          tokens(analysed.stream(mode)),
          mode + " of " + text);
    }
  }

  @Test
  void randomTextReplaysLikeTheAnalyzer() throws IOException {
    Random random = new Random(11);
    String alphabet = "aăâeêioôơuưyđĐ\u0300\u0301\u0303\u0309\u0323 -/.,0123456789\u00D0\nÂƯỜ";
    for (int n = 0; n < 300; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      AnalyzedText analysed = AnalyzedText.of(s.toString());
      for (Mode mode : Mode.values()) {
        assertEquals(
            tokens(new VietnameseAnalyzer(mode).tokenStream("f", s.toString())),
            tokens(analysed.stream(mode)),
            mode + " of " + s);
      }
    }
  }

  @Test
  void eachStreamCanBeReadAgainAfterReset() throws IOException {
    AnalyzedText analysed = AnalyzedText.of("Kinh tế Di Sản");
    TokenStream bigrams = analysed.stream(Mode.FOLDED_BIGRAMS);
    List<String> once = tokens(bigrams);
    assertEquals(List.of("kinh te[0,7)+1", "te di[5,10)+1", "di san[8,14)+1", "end[14)"), once);
    assertEquals(once, tokens(bigrams));
  }

  /** Returns each token as {@code term[start,end)+increment}, then the end offset. */
  private static List<String> tokens(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(
          term
              + "["
              + offset.startOffset()
              + ","
              + offset.endOffset()
              + ")+"
              + inc.getPositionIncrement());
    }
    ts.end();
    out.add("end[" + offset.endOffset() + ")");
    ts.close();
    return out;
  }
}
