package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.recognize.date.DateStage;
import io.github.vanban.core.segment.SegmentStage;
import io.github.vanban.core.testing.CpuBudget;
import io.github.vanban.core.testing.UpToFigures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricBinderTest {

  private final MetricBinder binder = new MetricBinder();

  private List<Metric> bind(String text) {
    return binder.bind(UpToFigures.analyze(text));
  }

  /** A list item opening with a date and a colon scopes the lines under it, until the next one. */
  @Test
  void aDatedListItemScopesTheLinesUnderIt() {
    List<Metric> ms =
        bind(
            "Hà Nội, ngày 14 tháng 7 năm 2017\nIII. Các chỉ tiêu về phát triển đô thị\n"
                + "- Đến năm 2020: Phấn đấu\ntoàn tỉnh có 23 đô thị. Tỷ lệ đô thị hóa khoảng 38%.\n"
                + "- Đến năm 2025: Phấn đấu\ntoàn tỉnh có 27 đô thị. Tỷ lệ đô thị hóa khoảng 44%.\n");
    assertEquals(List.of("2020", "2025"), ms.stream().map(x -> x.period().text()).toList());
    assertEquals(
        List.of(MetricStatus.TARGET, MetricStatus.TARGET),
        ms.stream().map(Metric::status).toList());
  }

  /** A percentage right before the noun phrase a cue names is the share of that thing. */
  @Test
  void aPercentageBeforeACueIsItsShare() {
    List<Metric> ms =
        bind(
            "Đến năm 2020, phấn đấu 60% lượng nước thải sinh hoạt được thu gom và xử lý; đến năm"
                + " 2025 đạt 65% lượng nước thải sinh hoạt được thu gom và xử lý. Phấn đấu đến năm"
                + " 2012, đạt 90% các văn bản được trao đổi qua mạng.");
    assertEquals(
        List.of(
            "urban_wastewater_treatment_rate",
            "urban_wastewater_treatment_rate",
            "e_document_rate"),
        ms.stream().map(Metric::indicator).toList());
    assertEquals(List.of(60.0, 65.0, 90.0), ms.stream().map(m -> m.figure().value()).toList());
  }

  /** A percentage that compares the subject before it with a total is not that total's share. */
  @Test
  void aRatioToATotalIsNotItsShare() {
    List<Metric> ms =
        bind("Ngành du lịch đóng góp khoảng 40% thu ngân sách nội địa của tỉnh trong năm 2024.");
    assertEquals(List.of(), ms.stream().map(Metric::indicator).toList());
  }

  /** A sentence opening with Trong đó takes its period from the sentence it singles out. */
  @Test
  void trongDoTakesThePeriodOfTheSentenceBefore() {
    List<Metric> ms =
        bind(
            "Gia Lai, ngày 14 tháng 7 năm 2017\nII. Về nhiệm vụ, công tác 6 tháng cuối năm 2017\n"
                + "Phấn đấu hoàn thành vượt mức các chỉ tiêu của kế hoạch năm 2017. Trong đó, đảm"
                + " bảo tốc độ tăng trưởng kinh tế (GRDP) đạt 7,52% trở lên.\n");
    assertEquals(List.of("2017"), ms.stream().map(x -> x.period().text()).toList());
  }

  /** A list item after the cue's own figure that names another subject is not the cue's. */
  @Test
  void aListItemWithItsOwnSubjectIsNotBoundToTheCueBefore() {
    List<Metric> ms =
        bind(
            "Năm 2017, công nghiệp - xây dựng tăng 13,01%, dịch vụ tăng 8,35%, thuế sản phẩm tăng"
                + " 7,35%. Năm 2024, kim ngạch xuất khẩu đạt 2 tỷ USD, tăng 15%.");
    assertEquals(
        List.of(13.01, 8.35, 2.0e9, 15.0),
        ms.stream().map(m -> m.figure().value()).toList(),
        ms::toString);
  }

  /**
   * A part that {@code trong đó} singles out after the cue's own figure, named by no cue of its
   * own, is a component of the whole, not the cue's value.
   */
  @Test
  void aComponentAfterTrongDoIsNotBoundToTheWholesCue() {
    List<Metric> ms =
        bind(
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 10 ước đạt 1.054,9 tỷ đồng, tăng"
                + " 22,4% so với cùng kỳ, trong đó kinh tế nhà nước ước đạt 33,8 tỷ đồng. Năm 2024,"
                + " tổng vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng; trong đó: vốn khu vực ngoài nhà"
                + " nước đạt 1.200 tỷ đồng.");
    assertEquals(
        List.of("1.054,9 tỷ đồng", "22,4%", "5.000 tỷ đồng"),
        ms.stream().map(m -> m.figure().text()).toList(),
        ms::toString);
  }

  /** A cue whose unit does not fit the figure leaves it to the next rule. */
  @Test
  void aCueThatCannotMeasureTheFigureLeavesItToTheCueBefore() {
    List<Metric> ms = bind("Năm 2024, tỷ lệ tham gia bảo hiểm y tế đạt 93% dân số.");
    assertEquals(List.of("health_insurance_rate"), ms.stream().map(Metric::indicator).toList());
    assertEquals(93.0, ms.get(0).figure().value());
  }

  /** The statistical indicator system's own names of common indicators, and their wordings. */
  @Test
  void bindsTheStandardNamesOfIndicators() {
    List<Metric> ms =
        bind(
            "Năm 2024, tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) ước đạt 7,2%. GRDP năm 2024"
                + " tăng 6,8% so với năm 2023. Vốn đầu tư thực hiện toàn xã hội năm 2024 đạt 40.000"
                + " tỷ đồng. Thu hút đầu tư nước ngoài năm 2024 đạt 300 triệu USD. Số bác sĩ trên"
                + " 10.000 dân đạt 11 bác sĩ. Giá trị sản xuất nông, lâm nghiệp và thủy sản tăng"
                + " 3,5%.");
    assertEquals(
        List.of(
            "grdp_growth 7,2%",
            "grdp_growth 6,8%",
            "total_social_investment 40.000 tỷ đồng",
            "fdi 300 triệu USD",
            "doctors 11 bác sĩ",
            "agriculture_growth 3,5%"),
        ms.stream().map(m -> m.indicator() + " " + m.figure().text()).toList());
  }

  /**
   * The older and ministry names of indicators the lexicon holds, as plans of 2009-2015 write them
   * (GDP where later plans say GRDP; the statistics office's earlier name of retail sales; the
   * health, water and waste targets of the national programmes).
   */
  @Test
  void bindsTheOlderAndMinistryNamesOfIndicators() {
    List<Metric> ms =
        bind(
            "Kế hoạch 5 năm 2011-2015: GDP bình quân đầu người năm 2015 là 41 triệu đồng/người/năm;"
                + " tổng mức đầu tư toàn xã hội đạt 46% GDP; tỷ lệ người có bảo hiểm y tế đạt 90%;"
                + " tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi còn dưới 16%; diện tích nhà ở đô thị"
                + " bình quân đầu người 15 m2; tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh đạt"
                + " 90%; tỷ lệ dân số đô thị sử dụng nước sạch đạt 95%; tỷ lệ thu gom chất thải rắn"
                + " đô thị 85%. Tổng mức lưu chuyển hàng hoá bán lẻ và doanh thu dịch vụ xã hội"
                + " tăng 21%/năm giai đoạn 2011 - 2015.");
    assertEquals(
        List.of(
            "grdp_per_capita 41 triệu đồng/người/năm",
            "total_social_investment 46%",
            "health_insurance_rate 90%",
            "child_malnutrition_rate dưới 16%",
            "urban_housing_floor_area 15 m2",
            "rural_hygienic_water_rate 90%",
            "clean_water_urban 95%",
            "waste_collection_rate 85%",
            "retail_sales_growth 21%/năm"),
        ms.stream().map(m -> m.indicator() + " " + m.figure().text()).toList());
  }

  /**
   * Reports of 2004-2015 call a province's GRDP its GDP ({@code tăng trưởng GDP}, {@code GDP tăng
   * trưởng}); the statistics office's full name of GRDP per capita is not the size of the economy
   * that its first words name.
   */
  @Test
  void bindsTheGdpWordingOfGrowthAndTheFullNameOfGrdpPerCapita() {
    List<Metric> ms =
        bind(
            "Tăng trưởng GDP bình quân giai đoạn 2006-2010 đạt 12,1%/năm. GDP tăng trưởng bình"
                + " quân giai đoạn 2011-2015 là 8,5%. Năm 2013, tổng sản phẩm trên địa bàn bình"
                + " quân đầu người đạt 1.950 USD/người.");
    assertEquals(
        List.of("grdp_growth 12,1%/năm", "grdp_growth 8,5%", "grdp_per_capita 1.950 USD/người"),
        ms.stream().map(m -> m.indicator() + " " + m.figure().text()).toList());
  }

  /**
   * A part that {@code trong đó} singles out inside brackets is not the whole's value either; a
   * bracket that only names the cue again separates nothing.
   */
  @Test
  void aBracketedComponentAfterTrongDoIsNotBoundToTheWholesCue() {
    List<Metric> ms =
        bind(
            "Năm 2015, tỷ lệ lao động qua đào tạo đạt 60% (trong đó đào tạo nghề đạt 40%); tỷ lệ"
                + " hộ nghèo dưới 3%. Tốc độ tăng trưởng kinh tế 6 tháng đầu năm 2017 (GRDP) ước"
                + " đạt 8,97%.");
    assertEquals(
        List.of("trained_labour_rate 60%", "poor_households dưới 3%", "grdp_growth 8,97%"),
        ms.stream().map(m -> m.indicator() + " " + m.figure().text()).toList());
  }

  /**
   * A percentage of a plan says how far the plan was met, not the indicator's value; a rate that is
   * itself measured against the plan (disbursement) keeps it.
   */
  @Test
  void aPercentageOfThePlanIsNotTheIndicatorsValue() {
    List<Metric> ms =
        bind(
            "Năm 2025, tổng mức bán lẻ hàng hoá và dịch vụ ước thu 50 tỷ đồng đạt 106,3% kế"
                + " hoạch. Tổng chi ngân sách địa phương đạt 4.392,8 tỷ đồng, bằng 44,2% dự toán"
                + " HĐND tỉnh giao. Thu ngân sách trung bình 5 năm đạt 121% so với mục tiêu Đại hội."
                + " Tỷ lệ giải ngân vốn đầu tư công đến ngày 31/12/2024 đạt 100% kế hoạch vốn giao.");
    assertEquals(
        List.of(
            "retail_sales_growth 50 tỷ đồng",
            "budget_expenditure 4.392,8 tỷ đồng",
            "public_investment_disbursement 100%"),
        ms.stream().map(m -> m.indicator() + " " + m.figure().text()).toList());
  }

  /**
   * An item joined by {@code và} that names a subject of its own is not the cue's either; one that
   * names another place is the same indicator there.
   */
  @Test
  void anItemAfterVaWithItsOwnSubjectIsNotBoundToTheCueBefore() {
    List<Metric> ms =
        bind(
            "Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế 97% trở lên và đặc biệt chỉ số hạnh phúc"
                + " của người dân đạt 72,5% trở lên. Kim ngạch xuất khẩu năm 2024 đạt 2 tỷ USD và"
                + " tăng 15%. Tỷ lệ thu gom và xử lý rác thải rắn sinh hoạt đô thị đạt trên 99% và"
                + " tại các khu vực nông thôn đạt 90%.");
    assertEquals(
        List.of(
            "health_insurance_rate 97%",
            "export_value 2 tỷ USD",
            "export_value 15%",
            "waste_collection_rate trên 99%",
            "waste_collection_rate 90%"),
        ms.stream().map(m -> m.indicator() + " " + m.figure().text()).toList());
  }

  /** The parts that {@code trong đó} lists of targets named before it are targets too. */
  @Test
  void thePartsListedOfTargetsAreTargets() {
    List<Metric> ms =
        bind(
            "Tại Đại hội, Đảng bộ xã đã đề ra 18 chỉ tiêu cụ thể, trong đó, tốc độ tăng trưởng"
                + " kinh tế bình quân 10,2%/năm; thu nhập bình quân đầu người đạt 75 triệu đồng/năm"
                + " và tỷ lệ lao động đã qua đào tạo 75%. Trong đó: Tỷ lệ bao phủ bảo hiểm y tế 97%"
                + " trở lên. Thu nhập bình quân đầu người đạt 67,5 triệu đồng, trong đó thu từ nông"
                + " nghiệp chiếm 40%.");
    assertEquals(
        List.of(
            "grdp_growth TARGET",
            "income_per_capita TARGET",
            "trained_labour_rate TARGET",
            "health_insurance_rate TARGET",
            "income_per_capita ACTUAL"),
        ms.stream().map(m -> m.indicator() + " " + m.status()).toList());
  }

  /**
   * A threshold that picks out the places a rule applies to ({@code các xã có tỷ lệ hộ nghèo trên
   * 30%}) is a condition, not a value of the indicator.
   */
  @Test
  void aThresholdOfTheEntitiesARuleCoversIsNoValue() {
    List<Metric> ms =
        bind(
            "Đối tượng 1: Các xã có tỷ lệ hộ nghèo trên 30%. Đối tượng 2: Các xã có tỷ lệ hộ"
                + " nghèo từ 10 đến 30%. Đối tượng 3: Các xã có tỷ lệ hộ nghèo nhỏ hơn 10%. Năm"
                + " 2017, tỷ lệ hộ nghèo giảm còn 12%.");
    assertEquals(
        List.of("poor_households 12%"),
        ms.stream().map(m -> m.indicator() + " " + m.figure().text()).toList());
  }

  /** The example of EXTRACTION.md section 4. */
  @Test
  void bindsTheSpecExample() {
    String s =
        "Năm 2024 tỉnh đạt nhiều kết quả. Thu hút đầu tư trực tiếp nước ngoài (FDI) đạt trên 2,8 tỷ"
            + " USD, nằm trong nhóm dẫn đầu. Ngày 15/12/2024 tổng kết.";
    Metric m = bind(s).get(0);
    assertEquals("fdi", m.indicator());
    assertEquals("Thu hút FDI", m.label());
    assertEquals(2.8e9, m.figure().value());
    assertEquals(Qualifier.MORE_THAN, m.figure().qualifier());
    assertEquals(DateValue.parse("2024"), m.period());
    assertEquals(MetricStatus.ACTUAL, m.status());
    String cue = "đầu tư trực tiếp nước ngoài (FDI) đạt trên 2,8 tỷ USD";
    int start = s.indexOf(cue);
    assertEquals(new TextSpan(start, start + cue.length()), m.span());
    assertEquals(cue, m.text());
    assertEquals(
        "Thu hút đầu tư trực tiếp nước ngoài (FDI) đạt trên 2,8 tỷ USD, nằm trong nhóm dẫn đầu.",
        m.sentence());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Năm 2023, GRDP bình quân đầu người đạt trên 9.400 USD, gấp 1,4 lần so với năm 2020.    | grdp_per_capita | 9400  | 2023      | ACTUAL   | 2020
          Tổng vốn thu hút FDI giai đoạn 2021 - 2025 ước đạt 9,77 tỷ USD.                     | fdi             | 9.77E9 | 2021/2025 | ESTIMATE | -
          Năm 2024, tỉnh đề ra mục tiêu tăng trưởng tổng sản phẩm trên địa bàn hơn 10%.          | grdp_growth     | 10    | 2024      | TARGET   | -
          Quý I/2024, tỉnh giữ vững đà tăng trưởng GRDP của địa phương, đạt 8,79%.               | grdp_growth     | 8.79  | 2024-Q1   | ACTUAL   | -
          Phấn đấu giai đoạn 2026 - 2030 thành lập mới trên 2.000 doanh nghiệp/năm.              | new_enterprises | 2000  | 2026/2030 | TARGET   | -
          """)
  void bindsWithStatusPeriodAndComparison(
      String text, String id, double value, String period, MetricStatus status, String base) {
    List<Metric> all = bind(text);
    assertEquals(1, all.size(), () -> all.toString());
    Metric m = all.get(0);
    assertEquals(id, m.indicator());
    assertEquals(value, m.figure().value(), value * 1e-12);
    assertEquals(period, m.period() == null ? null : m.period().text());
    assertEquals(status, m.status());
    assertEquals(base, m.comparison() == null ? null : m.comparison().text());
  }

  @Test
  void bindsTheTargetsOfAResolutionIssuedMidYear() {
    String s =
        "Quảng Ninh, ngày 10 tháng 7 năm 2024\nNHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
            + "Tăng trưởng GRDP cả năm phấn đấu đạt trên 10%, tổng thu ngân sách nhà nước đạt"
            + " 55.600 tỷ đồng; tổng khách du lịch cả năm đạt trên 17 triệu lượt khách.";
    List<Metric> m = bind(s);
    assertEquals(
        List.of("grdp_growth", "budget_revenue", "tourists_total"),
        m.stream().map(Metric::indicator).toList());
    assertEquals(List.of("2024", "2024", "2024"), m.stream().map(x -> x.period().text()).toList());
    m.forEach(x -> assertEquals(MetricStatus.TARGET, x.status()));
  }

  @Test
  void bindsNothingWithoutAnIndicatorCue() {
    assertEquals(List.of(), bind("Gây thiệt hại hơn 28.000 tỷ đồng, chiếm 1/3 tổng thiệt hại."));
  }

  @Test
  void staysLinearInOneLongSentenceOfFiguresAndDates() {
    String text = "tỷ lệ đô thị hóa đạt 5% năm 2024, cả năm 6%, ".repeat(10_000);
    AnalyzedDocument doc = UpToFigures.analyze(text);
    List<Metric> metrics =
        CpuBudget.assertWithin(
            Duration.ofSeconds(10), () -> binder.bind(doc), "metrics of one long sentence");
    assertEquals(20_000, metrics.size());
    assertEquals(DateValue.parse("2024"), metrics.get(0).period());
  }

  @Test
  void refusesADocumentWithoutTheJoinedText() {
    AnalyzedDocument noJoinedText =
        new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new DateStage()))
            .analyze("Sản lượng lúa đạt 1,2 triệu tấn.");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> binder.bind(noJoinedText));
    assertTrue(e.getMessage().contains("JOINED_TEXT"), e.getMessage());
  }

  @Test
  void bindsNothingInAnEmptyDocument() {
    AnalyzedDocument doc = UpToFigures.analyze("");
    assertEquals(List.of(), binder.bind(doc));
  }
}
