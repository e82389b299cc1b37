package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.testing.UpToFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorChooserTest {

  private final IndicatorLexicon lexicon = IndicatorLexicon.bundled();

  private String choose(String text, String figure) {
    AnalyzedDocument doc = UpToFigures.analyze(text);
    String key = CueKey.of(doc.text());
    Figure f =
        doc.figures().stream().filter(x -> x.text().equals(figure)).findFirst().orElseThrow();
    TextSpan sentence = doc.sentenceAt(f.span().start());
    int scope = Clauses.scopeStart(key, sentence, f.span().start());
    SpanIndex<CueMatch> cues = SpanIndex.of(lexicon.find(doc.text()), CueMatch::span);
    IndicatorChooser.Choice c = IndicatorChooser.choose(key, cues, lexicon, f, sentence, scope);
    return c == null ? null : c.indicator().id();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Thu hút đầu tư trực tiếp nước ngoài (FDI) đạt trên 2,8 tỷ USD.            | trên 2,8 tỷ USD | fdi
          Đến năm 2022 toàn tỉnh còn 258 hộ nghèo.                                 | 258 hộ          | poor_households
          Đã vượt đích đón hơn 19 triệu lượt khách du lịch.                         | hơn 19 triệu lượt khách | tourists_total
          Bầu cử với tỷ lệ 97,15% cử tri tham gia bầu cử.                          | 97,15%          | voter_turnout
          Đến nay toàn tỉnh có 50% số trường đạt chuẩn quốc gia.                   | 50%             | school_standard_rate
          Năm 2015 có 86% số hộ gia đình được sử dụng nước sạch.                   | 86%             | clean_water_rural
          Không còn hộ nghèo và giảm 50% hộ cận nghèo.                             | 50%             | near_poor_households
          Đạt 55 giường bệnh, 14,85 bác sĩ và 23 điều dưỡng trên 1 vạn dân.        | 55 giường bệnh  | hospital_beds
          Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức trên 55%. | trên 55% | tfp_contribution
          Tổng thu ngân sách nhà nước ước đạt 274.000 tỷ đồng, tăng 3,1%/năm.      | 3,1%/năm        | -
          Than sạch đạt 219 triệu tấn; tỷ trọng vốn nhà nước giảm từ 32,8%.        | 32,8%           | -
          Cơ cấu kinh tế năm 2030: Nông, lâm nghiệp, thủy sản 3-4%.                | 3-4%            | -
          Khai khoáng đóng góp khoảng 40% thu ngân sách nội địa.                    | khoảng 40%      | -
          Gấp 1,4 lần so với GRDP bình quân đầu người năm 2020.                    | Gấp 1,4 lần     | -
          Tỷ lệ lấp đầy các khu công nghiệp đạt 76,28%.                            | 76,28%          | -
          Tỷ lệ giải ngân vốn đầu tư công đạt 32% (trường hợp dưới 70% thì 0 điểm). | dưới 70%       | -
          Tỷ lệ giải ngân vốn đầu tư công đạt 32% (trường hợp dưới 70% thì 0 điểm). | 32%            | public_investment_disbursement
          - Khu vực kinh tế Nhà nước: Dự tính GTSX CN tháng 10 đạt 111,4 tỷ đồng, tăng 12,3%. | 111,4 tỷ đồng | -
          - Khu vực kinh tế Nhà nước: Dự tính GTSX CN tháng 10 đạt 111,4 tỷ đồng, tăng 12,3%. | 12,3%   | -
          + Khu vực phía Bắc: Tổng vốn đầu tư thực hiện đạt 65,4 tỷ đồng.            | 65,4 tỷ đồng    | -
          - Huyện Tân Yên: tỷ lệ hộ nghèo giảm còn 4,5%.                            | 4,5%            | -
          1. Sản xuất công nghiệp: Dự tính GTSX CN tháng 10 đạt 646,6 tỷ đồng.       | 646,6 tỷ đồng   | industrial_output
          Về kinh tế: Tốc độ tăng trưởng kinh tế bình quân đạt 7%/năm.              | 7%/năm          | grdp_growth
          Thu nhập bình quân đầu người: năm 2013 đạt 62,9 triệu đồng/người.         | 62,9 triệu đồng/người | income_per_capita
          """)
  void choosesTheIndicatorOrNone(String text, String figure, String id) {
    assertEquals(id, choose(text, figure));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = "Hoàn thành 98/98 xã đạt chuẩn. | 98/98 xã")
  void bindsNoRatio(String text, String figure) {
    assertNull(choose(text, figure));
  }
}
