package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SoftBreaksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "khách quốc tế đạt 3,5 triệu lượt\nkhách",
        "GRDP bình quân đầu người đạt trên 11.000\nUSD",
        "tăng trưởng ước đạt\n10,4%/năm",
        "tổng thu ngân sách nhà nước trên\nđịa bàn"
      })
  void joinsTheLinesOfAWrappedParagraph(String text) {
    String joined = SoftBreaks.join(text);
    assertEquals(text.replace('\n', ' '), joined);
    assertEquals(text.length(), joined.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "đạt 8,42%.\nBão số 3",
        "2. Một số chỉ tiêu chủ yếu đến năm 2030\n2.1. Về xây dựng Đảng",
        "Phần thứ nhất\nKẾT QUẢ THỰC HIỆN",
        "đoạn một\n\nđoạn hai",
        "các nội dung sau:\nrà soát",
        "ý kiến\n(1) Phát triển",
        "giai đoạn 2026\n- 2030",
        "I. Về tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2017\nTriển khai thực hiện Nghị quyết"
      })
  void keepsHardBreaks(String text) {
    assertSame(text, SoftBreaks.join(text));
  }

  @Test
  void leavesTextWithoutBreaksAlone() {
    assertSame("", SoftBreaks.join(""));
    assertSame("đạt 12%", SoftBreaks.join("đạt 12%"));
  }
}
