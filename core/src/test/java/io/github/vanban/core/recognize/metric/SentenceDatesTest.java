package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.recognize.metric.SentenceDates.Dated;
import io.github.vanban.core.recognize.metric.SentenceDates.Role;
import io.github.vanban.core.testing.UpToFigures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceDatesTest {

  private static List<Dated> dates(String text, LocalDate reference) {
    AnalyzedDocument doc = UpToFigures.analyze(text);
    TextSpan sentence = new TextSpan(0, doc.text().length());
    return new SentenceDates(CueKey.of(doc.text()), sentence, doc.dates(), doc.figures(), reference)
        .all();
  }

  @Test
  void marksComparisonBasesAndTheFigureADateFollows() {
    List<Dated> d =
        dates("Tăng từ 95,6% năm 2020 lên 96,16% năm 2024, gấp 1,4 lần so với năm 2015.", null);
    assertEquals(List.of("2020", "2024", "2015"), d.stream().map(x -> x.value().text()).toList());
    assertEquals("95,6%", d.get(0).owner().text());
    assertEquals("96,16%", d.get(1).owner().text());
    assertEquals(Role.COMPARISON, d.get(2).role());
    assertNull(d.get(2).owner());
  }

  @Test
  void marksTheDateOfACitedDocument() {
    List<Dated> d =
        dates("Thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020 của Tỉnh ủy, đạt 5%.", null);
    assertEquals(Role.REFERENCE, d.get(0).role());
  }

  @Test
  void addsTheWholeYearAndBareYearsAfterTimeWords() {
    List<Dated> d =
        dates("6 tháng cuối năm 2024: cả năm đạt trên 10%; đến hết 2024 là 91,91%.", null);
    assertEquals(
        List.of("2024-H2", "2024", "2024"), d.stream().map(x -> x.value().text()).toList());
    assertEquals(Granularity.YEAR, d.get(1).granularity());
    assertEquals(Granularity.YEAR, d.get(2).granularity());
  }

  @Test
  void takesTheWholeYearFromTheReferenceWhenNoDateComesFirst() {
    List<Dated> d = dates("Cả năm đạt 7%.", LocalDate.of(2023, 5, 1));
    assertEquals("2023", d.get(0).value().text());
    assertEquals(List.of(), dates("Cả năm đạt 7%.", null));
  }

  @Test
  void findsNoDatesInASentenceWithout() {
    assertEquals(List.of(), dates("Tỷ lệ đô thị hóa đạt 75%.", null));
  }
}
