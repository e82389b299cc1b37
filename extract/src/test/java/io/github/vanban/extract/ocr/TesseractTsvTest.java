package io.github.vanban.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TesseractTsvTest {

  private static final String HEAD =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf"
          + "\ttext\n";

  /**
   * Page 1 of the scanned letter 61/SKH-TH (Bắc Giang, 2012), read once by Tesseract 5.3 with both
   * its {@code txt} and {@code tsv} outputs: the text built from the TSV is the plain text
   * Tesseract printed, tidied (trailing spaces, form feed and repeated blank lines removed).
   */
  @Test
  void buildsTheTextTesseractPrintsFromARealPage() throws IOException {
    String tsv = resource("cv-skhdt-bacgiang-2012-61-page1.tsv");
    String txt = resource("cv-skhdt-bacgiang-2012-61-page1.txt");
    String expected =
        txt.replace('\f', '\n')
            .replaceAll("(?m)[ \\t]+$", "")
            .replaceAll("\\n{3,}", "\n\n")
            .strip();
    OcrText read = TesseractTsv.read(tsv);
    assertEquals(expected, read.text());
    List<String> words = read.uncertain().stream().map(w -> w.span().of(read.text())).toList();
    assertTrue(words.contains("@⁄Í'"), words.toString());
    assertTrue(
        read.uncertain().stream().allMatch(w -> w.confidence() < 0.5), read.uncertain().toString());
    assertTrue(words.size() < 40, words.toString());
  }

  @Test
  void separatesWordsLinesAndParagraphsAndSkipsBlankWords() {
    String tsv =
        HEAD
            + "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t95\tSố:\n"
            + "5\t1\t1\t1\t1\t2\t0\t0\t9\t9\t40.5\t6I/SKH\n"
            + "5\t1\t1\t1\t2\t1\t0\t0\t9\t9\t90\tV/v\n"
            + "5\t1\t2\t1\t1\t1\t0\t0\t9\t9\t95\t \n"
            + "5\t1\t3\t1\t1\t1\t0\t0\t9\t9\t88\tKính\n"
            + "5\t1\t3\t2\t1\t1\t0\t0\t9\t9\t49.9\tgửi\n";
    OcrText read = TesseractTsv.read(tsv);
    assertEquals("Số: 6I/SKH\nV/v\n\nKính\n\ngửi", read.text());
    assertEquals(
        List.of(
            new UncertainWord(new TextSpan(4, 10), 0.405),
            new UncertainWord(new TextSpan(22, 25), 0.499)),
        read.uncertain());
  }

  @Test
  void readsNothingFromAnEmptyOrHeaderOnlyOutput() {
    assertEquals(OcrText.EMPTY, TesseractTsv.read(""));
    assertEquals(OcrText.EMPTY, TesseractTsv.read(HEAD));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TesseractTsvTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
