package io.github.vanban.core.recognize.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where spans of Cà Mau's regulation of 2006 stand (six chapters, Điều 12 khoản 1 with points a.
 * and b.), the expectations written from reading its text, and the forms of small texts made for
 * one case each.
 */
class StructurePathTest {

  private static AnalyzedDocument regulation;

  @BeforeAll
  static void analyseTheRegulation() throws IOException {
    regulation =
        DefaultPipeline.create()
            .analyze(
                Files.readString(
                    EvalDir.file("corpus/real/qd-ubnd-camau-2006-05-quydinh.truth.txt")));
  }

  private static Optional<String> where(AnalyzedDocument doc, String phrase) {
    int start = doc.text().indexOf(phrase);
    assertTrue(start >= 0, phrase);
    return StructurePath.of(
        doc.get(StructureLayer.STRUCTURE), new TextSpan(start, start + phrase.length()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "do Chủ tịch UBND tỉnh cấp | Điều 12, khoản 1, điểm a",
        "do Chủ tịch UBND huyện, thành phố cấp | Điều 12, khoản 1, điểm b",
        "Trừ các cán bộ có thẻ Thanh tra viên | Điều 12, khoản 2",
        "Thẻ kiểm tra được cấp cho các thành viên của đội 814 | Điều 12, khoản 1",
        "Thẻ kiểm tra có giá trị sử dụng | Điều 13",
        "Đội kiểm tra liên ngành 814 tỉnh Cà Mau gồm có 2 cấp | Điều 10, khoản 1",
        "TỔ CHỨC HOẠT ĐỘNG | Chương III",
      })
  void citesTheArticleAndBelowOrTheChapter(String phrase, String expected) {
    assertEquals(Optional.of(expected), where(regulation, phrase));
  }

  @Test
  void aSpanOverTwoClausesStandsInTheirArticle() {
    String text = regulation.text();
    int start = text.indexOf("b. Thẻ kiểm tra của các Đội");
    int end = text.indexOf("đều phải được cấp thẻ kiểm tra mới");
    assertEquals(
        Optional.of("Điều 12"),
        StructurePath.of(regulation.get(StructureLayer.STRUCTURE), new TextSpan(start, end)));
  }

  @Test
  void theTitleBeforeTheFirstChapterStandsNowhere() {
    assertEquals(Optional.empty(), where(regulation, "CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814"));
  }

  @Test
  void withoutArticlesThePartsAndSectionsAreCited() {
    AnalyzedDocument doc =
        DefaultPipeline.create()
            .analyze("Phần I\nTÌNH HÌNH\nMục 1\nNội dung.\nMục 2\nTăng trưởng đạt 8,5%.\n");
    assertEquals(Optional.of("Phần I, Mục 2"), where(doc, "Tăng trưởng đạt 8,5%"));
    assertEquals(Optional.of("Phần I"), where(doc, "TÌNH HÌNH"));
  }

  @Test
  void aPointDirectlyInAnArticleFollowsIt() {
    AnalyzedDocument doc =
        DefaultPipeline.create().analyze("Điều 3. Mục tiêu\na) Tăng trưởng đạt 8,5%.\n");
    assertEquals(Optional.of("Điều 3, điểm a"), where(doc, "Tăng trưởng đạt 8,5%"));
  }

  @Test
  void aTextWithoutStructureStandsNowhere() {
    assertEquals(Optional.empty(), StructurePath.of(List.of(), new TextSpan(0, 0)));
  }
}
