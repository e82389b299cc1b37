package io.github.vanban.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ocr.OcrText;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrParagraphsTest {

  /**
   * The lines of a paragraph are joined and the header lines in capitals kept apart; each uncertain
   * word still covers its own characters in the document text.
   */
  @Test
  void movesTheUncertainWordsWithTheirText() {
    String page =
        "  UBND TỈNH BẮC GIANG\n\nSố: 6I /SKH-TH\n\n"
            + "Thực hiện Quyết định số 468/QĐ-UBND ngày 15\ntháng 12 năm 2O11 về việc giao";
    List<UncertainWord> words =
        List.of(word(page, "BẮC", 0.41), word(page, "6I", 0.2), word(page, "2O11", 0.33));
    DocumentBuilder out = new DocumentBuilder(10_000);
    OcrParagraphs.write(new OcrText(page, words), 1, out);
    out.add(io.github.vanban.core.model.BlockType.PARAGRAPH, "Nơi nhận:", 1, 0);
    ExtractedDocument doc = out.build(DocumentMetadata.ofFormat("pdf"));
    assertEquals(
        "UBND TỈNH BẮC GIANG\nSố: 6I /SKH-TH\n"
            + "Thực hiện Quyết định số 468/QĐ-UBND ngày 15 tháng 12 năm 2O11 về việc giao\n"
            + "Nơi nhận:",
        doc.text());
    assertEquals(
        List.of("BẮC", "6I", "2O11"),
        doc.uncertain().stream().map(w -> w.span().of(doc.text())).toList());
    assertEquals(
        List.of(0.41, 0.2, 0.33), doc.uncertain().stream().map(w -> w.confidence()).toList());
  }

  @Test
  void writesNothingForAnEmptyPage() {
    DocumentBuilder out = new DocumentBuilder(100);
    OcrParagraphs.write(OcrText.EMPTY, 1, out);
    ExtractedDocument doc = out.build(DocumentMetadata.ofFormat("pdf"));
    assertEquals("", doc.text());
    assertEquals(List.of(), doc.uncertain());
  }

  private static UncertainWord word(String text, String word, double confidence) {
    int at = text.indexOf(word);
    return new UncertainWord(new TextSpan(at, at + word.length()), confidence);
  }
}
