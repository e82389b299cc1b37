package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.testing.TableFixture;
import io.github.vanban.core.testing.UpToFigures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPeriodsTest {

  private static DocumentPeriods of(String text) {
    return DocumentPeriods.of(UpToFigures.analyze(text));
  }

  @Test
  void readsTheIssueDateFromThePlaceAndDateLine() {
    DocumentPeriods p = of("Quảng Ninh, ngày 10 tháng 7 năm 2024\nPhấn đấu đến ngày 31/12/2024.");
    assertEquals(LocalDate.of(2024, 7, 10), p.issued());
    assertEquals(LocalDate.of(2024, 7, 10), p.reference());
  }

  @Test
  void takesTheEndOfTheMonthOfADraftWithABlankDay() {
    DocumentPeriods p = of("Lâm Đồng, ngày      tháng 12 năm 2025\nKế hoạch năm 2026.");
    assertEquals(LocalDate.of(2025, 12, 31), p.issued());
  }

  @Test
  void takesTheLatestDayThatIsNoDeadlineWithoutAnIssueDate() {
    DocumentPeriods p =
        of("Ngày 25/6/2024 mở cửa khẩu. Trước ngày 31/12/2025 hoàn thành. Ngày 15/12/2024 bầu cử.");
    assertNull(p.issued());
    assertEquals(LocalDate.of(2024, 12, 15), p.reference());
  }

  @Test
  void choosesTheMostFrequentPeriodThatHasStarted() {
    DocumentPeriods p =
        of(
            "Ngày 22/12/2024 họp. Giai đoạn 2021 - 2025 tốt. Giai đoạn 2021 - 2025 khá."
                + " Đến năm 2030 đạt. Đến năm 2030 hơn. Đến năm 2030 nữa.");
    assertEquals(DateValue.parse("2021/2025"), p.reporting());
    assertEquals(DateValue.parse("2021/2025"), p.inherited(0));
  }

  @Test
  void inheritsTheDateOfATargetHeading() {
    String text =
        "Ngày 1/1/2025 họp.\nI- KẾT QUẢ nhiệm kỳ 2020 - 2025\nGiai đoạn 2021 - 2025 tốt, giai đoạn"
            + " 2021 - 2025 khá.\n"
            + "2. Một số chỉ tiêu đến năm 2030\n(1) x";
    DocumentPeriods p = of(text);
    assertEquals(DateValue.parse("2030"), p.inherited(text.length()));
    assertEquals(DateValue.parse("2021/2025"), p.inherited(text.indexOf("Giai")));
  }

  @Test
  void usesHeadingBlocksWhenTheDocumentHasBlocks() {
    ExtractedDocument doc =
        TableFixture.document(
            "Mục tiêu đến năm 2030", List.of(List.of("Chỉ tiêu"), List.of("Hộ nghèo")), "Tỷ lệ 2%");
    DocumentPeriods p = DocumentPeriods.of(UpToFigures.analyze(doc));
    assertEquals(DateValue.parse("2030"), p.inherited(doc.text().length()));
  }

  @Test
  void knowsNothingOfAnEmptyText() {
    DocumentPeriods p = of("");
    assertNull(p.issued());
    assertNull(p.reference());
    assertNull(p.reporting());
    assertNull(p.inherited(0));
  }
}
