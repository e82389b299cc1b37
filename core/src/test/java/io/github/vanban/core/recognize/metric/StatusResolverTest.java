package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.testing.UpToFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusResolverTest {

  /** The status of the figure {@code figure} in {@code text}, with period {@code period}. */
  private static MetricStatus status(String text, String figure, String period) {
    AnalyzedDocument doc = UpToFigures.analyze(text);
    String key = CueKey.of(doc.text());
    Figure f =
        doc.figures().stream().filter(x -> x.text().equals(figure)).findFirst().orElseThrow();
    TextSpan sentence = doc.sentenceAt(f.span().start());
    int previous =
        doc.figures().stream()
            .filter(x -> x.span().end() <= f.span().start())
            .mapToInt(x -> x.span().end())
            .max()
            .orElse(sentence.start());
    int scope = Clauses.scopeStart(key, sentence, f.span().start());
    DateValue range = period == null ? null : DateValue.parse(period);
    return new StatusResolver(key, DocumentPeriods.of(doc))
        .resolve(sentence, scope, f.span(), previous, range);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Tăng trưởng ước đạt 8,42%.                                | 8,42%     | 2024      | ESTIMATE
          Tăng trưởng dự ước 8%.                                    | 8%        | 2024      | ESTIMATE
          Năm 2024 đề ra mục tiêu tăng trưởng hơn 10%.              | hơn 10%   | 2024      | TARGET
          Phấn đấu tỷ lệ giải ngân đạt tối thiểu 80%.               | tối thiểu 80% | 2024  | TARGET
          FDI đạt trên 2,8 tỷ USD.                                  | trên 2,8 tỷ USD | -   | ACTUAL
          Tỷ lệ nợ xấu chiếm 1,5% tổng dư nợ (mục tiêu dưới 3%).    | 1,5%      | -         | ACTUAL
          Tỷ lệ nợ xấu chiếm 1,5% tổng dư nợ (mục tiêu dưới 3%).    | dưới 3%   | -         | TARGET
          Nước sạch ước đạt 85,2%, đạt mục tiêu đề ra (trên 70%).   | trên 70%  | -         | TARGET
          Che phủ rừng ước đạt 45% (trước bão là 55%, đạt).         | 55%       | 2021/2025 | ACTUAL
          Đô thị hóa đạt 75% (đạt chỉ tiêu đề ra), hộ nghèo 2%.     | 2%        | -         | ACTUAL
          Mười lăm chỉ tiêu; tăng trưởng đạt 9%.                    | 9%        | -         | ACTUAL
          Xây dựng hương ước, tỷ lệ đạt 90%.                        | 90%       | -         | ACTUAL
          Tỷ lệ giải ngân kế hoạch đầu tư vốn đạt 32,23%.           | 32,23%    | -         | ACTUAL
          Thực hiện Kế hoạch số 383-KH/TU, tỷ lệ đạt 95%.           | 95%       | -         | ACTUAL
          Tỷ lệ giải ngân theo kế hoạch đạt 80%.                    | 80%       | -         | TARGET
          Tỉnh phấn đấu GRDP tăng 12%; thu ngân sách đạt 56.000 tỷ đồng. | 56.000 tỷ đồng | - | TARGET
          Tăng trưởng ước đạt 8,42%; FDI đạt trên 2,8 tỷ USD.       | trên 2,8 tỷ USD | -   | ACTUAL
          Mục tiêu GRDP tăng 12%; thu ngân sách đạt 56.000 tỷ đồng. | 56.000 tỷ đồng | -    | ACTUAL
          """)
  void readsTheNearestStatusWord(String text, String figure, String period, MetricStatus want) {
    assertEquals(want, status(text, figure, period));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024       | TARGET
          2024-09-30 | TARGET
          2024-H1    | ACTUAL
          2023       | ACTUAL
          """)
  void judgesByPeriodAgainstTheIssueDate(String period, MetricStatus want) {
    String text = "Quảng Ninh, ngày 10 tháng 7 năm 2024\nTổng thu ngân sách đạt 55.600 tỷ đồng.";
    assertEquals(want, status(text, "55.600 tỷ đồng", period));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2030      | TARGET
          2026/2030 | TARGET
          2021/2025 | ACTUAL
          2024      | ACTUAL
          """)
  void judgesByPeriodAgainstTheLatestDayWithoutAnIssueDate(String period, MetricStatus want) {
    String text = "Nghị quyết ban hành ngày 22/12/2024. Tỷ lệ đô thị hóa đạt 75%.";
    assertEquals(want, status(text, "75%", period));
  }
}
