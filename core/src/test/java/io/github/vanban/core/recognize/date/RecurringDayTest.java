package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DateMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day of every year, or of a year left unnamed, takes no year from the document. */
class RecurringDayTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          gửi Sở Tài chính trước ngày 25 tháng 01 hàng năm.           | -
          chậm nhất vào ngày 25 tháng 11 hằng năm, người đứng đầu     | -
          bổ sung sau ngày 30 tháng 9 năm thực hiện dự toán           | -
          không quá ngày 31 tháng 12 năm sau                          | -
          báo cáo trước ngày 15/12 hàng năm                           | -
          họp vào ngày 15 tháng 12, toàn tỉnh                         | 2024-12-15
          ngày 15 tháng 12 năm 2023 tại Hà Nội                        | 2023-12-15
          """)
  void datesADayOnlyWhenItsYearIsThisOne(String text, String value) {
    List<DateMention> found = new DateRecognizer().recognize(text, 2024);
    assertEquals(value, found.isEmpty() ? null : found.get(0).value());
  }
}
