package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectBlockTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Về nhiệm vụ năm 2024\\nHỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XIV\\nCăn cứ Luật      | Về nhiệm vụ năm 2024
          \\n---\\nVỀ SỬA ĐỔI, BỔ SUNG\\nGIAI ĐOẠN 2023-2025\\nCăn cứ Luật         | VỀ SỬA ĐỔI, BỔ SUNG GIAI ĐOẠN 2023-2025
          Về việc quy định\\ncủa Sở Nội vụ\\nỦY BAN NHÂN DÂN TỈNH\\nCăn cứ        | Về việc quy định của Sở Nội vụ
          về đánh giá cán bộ\\n----- Căn cứ Điều lệ Đảng;                           | về đánh giá cán bộ
          V/v báo cáo tình hình\\ntỉnh Lâm Đồng\\n\\nKính gửi: Sở Nội vụ           | V/v báo cáo tình hình tỉnh Lâm Đồng
          VỀ VIỆC SẮP XẾP NĂM\\n2025\\nỦY BAN THƯỜNG VỤ QUỐC HỘI                 | VỀ VIỆC SẮP XẾP NĂM 2025
          HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH\\nHội nghị lần thứ 11 họp từ ngày | HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH
          """)
  void readsUntilTheBodyStarts(String lines, String subject) {
    assertEquals(subject, SubjectBlock.read(HeaderLine.split(lines.replace("\\n", "\n")), 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = "''\nKính gửi: Sở Nội vụ\nỦY BAN NHÂN DÂN TỈNH")
  void findsNoSubjectWhereTheBodyStartsAtOnce(String text) {
    assertNull(SubjectBlock.read(HeaderLine.split(text), 0));
  }
}
