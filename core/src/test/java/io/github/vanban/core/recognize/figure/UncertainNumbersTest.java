package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UncertainNumbersTest {

  private static final String TEXT =
      "Tỷ lệ hộ nghèo giảm còn 2,5%o; kim ngạch xuất khẩu đạt 82,5% kế hoạch, tăng 1O5 tỷ đồng.";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "82,5%|true",
        "9.432,|true",
        "(15%);|true",
        "3,5tỷ|true",
        "đồng|true",
        "-2,1%|true",
        "2,5%o|false",
        "1O5|false",
        "l5%|false",
        "24£(?/KH-UBND|false"
      })
  void readsCleanly(String word, boolean clean) {
    assertEquals(clean, UncertainNumbers.readsCleanly(word), word);
  }

  /**
   * The recogniser already reads nothing in {@code 1O5}, but reads {@code 2,5%} in {@code 2,5%o};
   * when OCR was unsure of that word the figure is left out, and a clean uncertain word is kept.
   */
  @Test
  void aFigureInAnUncertainWordThatDoesNotReadCleanlyIsLeftOut() {
    assertEquals(List.of("2,5%", "82,5%"), figures(analyze()));
    AnalyzedDocument doc = analyze(word("2,5%o", 0.3), word("82,5%", 0.44), word("1O5", 0.2));
    assertEquals(List.of("82,5%"), figures(doc));
    assertEquals(
        List.of(
            "figure \"2,5%\" left out: uncertain OCR text \"2,5%o\" does not read cleanly as a"
                + " number"),
        doc.warnings());
  }

  private static AnalyzedDocument analyze(UncertainWord... words) {
    return DefaultPipeline.create()
        .analyze(
            new ExtractedDocument(
                TEXT, List.of(), DocumentMetadata.ofFormat("pdf"), List.of(), List.of(words)));
  }

  private static List<String> figures(AnalyzedDocument doc) {
    return doc.figures().stream().map(Figure::text).toList();
  }

  private static UncertainWord word(String word, double confidence) {
    int at = TEXT.indexOf(word);
    return new UncertainWord(new TextSpan(at, at + word.length()), confidence);
  }
}
