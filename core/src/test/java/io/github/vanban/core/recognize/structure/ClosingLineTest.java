package io.github.vanban.core.recognize.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosingLineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nơi nhận:|true",
        "NƠI NHẬN:|true",
        "KT. CHỦ TỊCH|true",
        "TM. ỦY BAN NHÂN DÂN|true",
        "tm . ubnd thành phố Cần Thơ|true",
        "TL. BỘ TRƯỞNG|true",
        "PHỤ LỤC I|true",
        "I- Đánh giá kết quả thực hiện|true",
        "II. Mục tiêu của cải cách hành chính|true",
        "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua|true",
        "Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ|true",
        "Nghị quyết này được Hội đồng nhân dân tỉnh khóa XVIII thông qua|false",
        "1. Những kết quả đạt được|false",
        "c) điểm c|false",
        "Phụ lục hóa các biểu mẫu|false",
        "Căn cứ Luật Tổ chức chính quyền địa phương|false",
      })
  void endsTheStructuredPart(String line, boolean closes) {
    assertEquals(closes, ClosingLine.closes(line));
  }
}
