package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.testing.UpToFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodResolverTest {

  private static PeriodResolver.Resolved resolve(String text, String figure) {
    AnalyzedDocument doc = UpToFigures.analyze(text);
    String key = CueKey.of(doc.text());
    Figure f =
        doc.figures().stream().filter(x -> x.text().equals(figure)).findFirst().orElseThrow();
    TextSpan sentence = doc.sentenceAt(f.span().start());
    DocumentPeriods periods = DocumentPeriods.of(doc);
    SentenceDates dates =
        new SentenceDates(
            key,
            sentence,
            doc.dates().stream().filter(d -> sentence.contains(d.span())).toList(),
            doc.figures().stream().filter(x -> sentence.contains(x.span())).toList(),
            periods.reference());
    int scope = Clauses.scopeStart(key, sentence, f.span().start());
    return PeriodResolver.resolve(key, sentence, scope, f, dates, periods);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Niềm tin nâng cao từ 95,6% năm 2020 lên 96,16% năm 2024.                         | 95,6%           | 2020      | -
          Niềm tin nâng cao từ 95,6% năm 2020 lên 96,16% năm 2024.                         | 96,16%          | 2024      | -
          Giai đoạn 2021 - 2025, sản lượng than ước đạt 219 triệu tấn.                      | 219 triệu tấn   | 2021/2025 | -
          Năng suất năm 2025 ước đạt 580 triệu đồng/người, gấp 1,87 lần năm 2020, tăng 13,4%/năm. | 13,4%/năm | 2025 | -
          Quy mô năm 2025 ước đạt 395.000 tỷ đồng, gấp 1,9 lần so với năm 2020.              | 395.000 tỷ đồng | 2025      | 2020
          Năm 2023, đạt 11,03% (2015-2023), 15/15 chỉ tiêu; GRDP đạt trên 9.400 USD.          | trên 9.400 USD  | 2023      | -
          Doanh thu đến hết năm 2025 ước đạt 25.800 tỷ đồng; sản lượng 5 năm ước đạt 627,7 triệu tấn. | 627,7 triệu tấn | 2025 | -
          Tạo ra ít nhất 30.000 việc làm tăng thêm trong năm 2024.                          | ít nhất 30.000 việc làm | 2024 | -
          So với cuối năm 2021, toàn tỉnh giảm 1.268 hộ nghèo.                             | 1.268 hộ        | -         | 2021
          Tỷ lệ giải ngân đến ngày 30/9/2024 đạt 80% và đến ngày 31/12/2024 đạt 100%.      | 100%            | 2024-12-31 | -
          Tăng trưởng năm 2024 ước đạt 8,42%; FDI đạt trên 2,8 tỷ USD.                     | trên 2,8 tỷ USD | 2024      | -
          Năm 2025 tốt. Năm 2025 tốt. Tốc độ tăng trưởng kinh tế tăng 5% so với năm 2023; FDI đạt trên 2,8 tỷ USD. | trên 2,8 tỷ USD | 2025 | -
          """)
  void findsThePeriodAndTheComparison(String text, String figure, String period, String base) {
    PeriodResolver.Resolved r = resolve(text, figure);
    assertEquals(period, r.period() == null ? null : r.period().text());
    assertEquals(base, r.comparison() == null ? null : r.comparison().text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2. Một số chỉ tiêu chủ yếu đến năm 2030\\n(15) Tỷ lệ thất nghiệp dưới 2%.   | 2030
          Năm 2022 có nhiều kết quả. Năm 2022 tốt.\\nTỷ lệ đạt 87,66%.               | 2022
          """)
  void fallsBackToTheDocumentsPeriod(String text, String period) {
    String t = text.replace("\\n", "\n");
    String figure = t.contains("2%") ? "dưới 2%" : "87,66%";
    assertEquals(period, resolve(t, figure).period().text());
  }
}
