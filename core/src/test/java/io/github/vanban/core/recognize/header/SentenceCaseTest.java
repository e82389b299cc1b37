package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceCaseTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH      | Hội đồng nhân dân tỉnh Quảng Ninh
          ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG          | Ủy ban nhân dân tỉnh Lâm Đồng
          ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI       | Ủy ban nhân dân thành phố Hà Nội
          SỞ NỘI VỤ                              | Sở Nội vụ
          SỞ GIÁO DỤC VÀ ĐÀO TẠO                 | Sở Giáo dục và Đào tạo
          VĂN PHÒNG CHÍNH PHỦ                    | Văn phòng Chính phủ
          UBND TỈNH LÂM ĐỒNG                     | UBND tỉnh Lâm Đồng
          TỈNH ỦY                                | Tỉnh ủy
          TỈNH ỦY THANH HÓA                      | Tỉnh ủy Thanh Hóa
          BAN CHẤP HÀNH TRUNG ƯƠNG               | Ban Chấp hành Trung ương
          ĐẢNG BỘ TỈNH QUẢNG NINH                | Đảng bộ tỉnh Quảng Ninh
          HỘI ĐỒNG NHÂN DÂN HUYỆN TUẦN GIÁO      | Hội đồng nhân dân huyện Tuần Giáo
          """)
  void keepsProperNamesCapitalised(String upper, String expected) {
    assertEquals(expected, SentenceCase.of(upper));
  }

  @ParameterizedTest
  @CsvSource({
    "UBND, true",
    "HĐND, true",
    "PC06, true",
    "TỈNH, false",
    "NGUYỄN, false",
    "ĐẮK, false"
  })
  void tellsAbbreviationsFromSyllables(String word, boolean abbreviation) {
    assertEquals(abbreviation, SentenceCase.isAbbreviation(word));
  }
}
