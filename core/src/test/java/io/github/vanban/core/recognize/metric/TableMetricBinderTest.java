package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.testing.TableFixture;
import io.github.vanban.core.testing.UpToFigures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableMetricBinderTest {

  private static List<Metric> bind(String... rows) {
    ExtractedDocument doc =
        TableFixture.document("Ngày 15/12/2024 báo cáo.", TableFixture.rows(rows), "");
    AnalyzedDocument analyzed = UpToFigures.analyze(doc);
    return new TableMetricBinder(IndicatorLexicon.bundled())
        .bind(analyzed, DocumentPeriods.of(analyzed));
  }

  @Test
  void bindsARowThatNamesAnIndicatorWithStatusAndPeriodFromTheHeader() {
    List<Metric> m =
        bind(
            "TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | Thực hiện 2023",
            "1 | Tổng thu ngân sách nhà nước | tỷ đồng | 55.600 | 56.000 | 50.000",
            "2 | Tỷ lệ hộ nghèo | % | 1,5 | 1,2 | 2",
            "3 | Số lớp học | Lớp | 30 | 31 | 29");
    assertEquals(6, m.size());
    Metric first = m.get(0);
    assertEquals("budget_revenue", first.indicator());
    assertEquals(5.56e13, first.figure().value());
    assertEquals(MetricStatus.TARGET, first.status());
    assertEquals(DateValue.parse("2024"), first.period());
    assertEquals("55.600", first.text());
    assertEquals(MetricStatus.ESTIMATE, m.get(1).status());
    assertEquals(MetricStatus.ACTUAL, m.get(2).status());
    assertEquals(DateValue.parse("2023"), m.get(2).period());
    assertEquals("poor_households", m.get(3).indicator());
  }

  @Test
  void leavesAComparisonColumnUnbound() {
    List<Metric> m =
        bind(
            "STT | Chỉ tiêu | Đơn vị | Kế hoạch 2024 | Ước thực hiện 2024 | So với KH (%)",
            "1 | Thu nội địa | tỷ đồng | 45.000 | 46.400 | 103,1");
    assertEquals(2, m.size());
    assertEquals(
        List.of(MetricStatus.TARGET, MetricStatus.ESTIMATE),
        m.stream().map(Metric::status).toList());
  }

  @Test
  void leavesProseCellsToTheRunningText() {
    String prose =
        "Tuyên truyền, hỗ trợ người dân tại địa bàn dân cư thực hiện dịch vụ công trực tuyến,"
            + " thanh toán trực tuyến, chứng thực điện tử khi giải quyết thủ tục hành chính;"
            + " bảo đảm tỷ lệ hồ sơ trực tuyến";
    List<Metric> m = bind("STT | Nhiệm vụ | Chỉ tiêu (%)", "9 | " + prose + " | 80");
    assertEquals(List.of(), m);
  }

  @Test
  void bindsNothingInATableWithoutIndicators() {
    assertEquals(List.of(), bind("Huyện | Tỷ lệ (%)", "Ba Chẽ | 0,6"));
  }
}
