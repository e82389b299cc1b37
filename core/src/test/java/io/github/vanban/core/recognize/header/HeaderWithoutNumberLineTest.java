package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Header;
import org.junit.jupiter.api.Test;

/** Headers whose number line is lost, unreadable or stamped over, as real copies have them. */
class HeaderWithoutNumberLineTest {

  private final HeaderRecognizer recognizer = new HeaderRecognizer();

  @Test
  void aStrippedHeaderBlockKeepsTitleSubjectAndTheAuthorityLineAsIssuer() {
    Header h =
        recognizer
            .recognize(
                "NGHỊ QUYẾT\nVỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2017\n"
                    + "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\nKHOÁ XI, KỲ HỌP THỨ BA\n"
                    + "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\nQUYẾT NGHỊ:\n")
            .orElseThrow();
    assertNull(h.number());
    assertEquals("NQ", h.type());
    assertEquals("Hội đồng nhân dân tỉnh Gia Lai", h.issuer());
    assertEquals("VỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2017", h.subject());
  }

  @Test
  void theAttachmentHeadingGivesTheOwnNumberAndDate() {
    Header h =
        recognizer
            .recognize(
                "NGHỊ QUYẾT\nVề việc thông qua Chương trình phát triển đô thị\n"
                    + "HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
                    + "Điều 1. Thông qua Chương trình.\nCHƯƠNG TRÌNH\n(Kèm theo Nghị quyết số"
                    + " 124/2017/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân Tỉnh)\n")
            .orElseThrow();
    assertEquals("124/2017/NQ-HĐND", h.number());
    assertEquals("2017-07-14", h.issuedText());
    assertTrue(
        HeaderRecognizer.numberSpan(
                "NGHỊ QUYẾT\nVề việc\nHỘI ĐỒNG NHÂN DÂN TỈNH X\n"
                    + "(Kèm theo Nghị quyết số 20/NQ-HĐND ngày 13 tháng 7 năm 2017)")
            .isPresent());
  }

  @Test
  void anAttachmentHeadingWithANumberWithoutItsSlashGivesTheDateOnly() {
    Header h =
        recognizer
            .recognize(
                "NGHỊ QUYẾT\nTHÔNG QUA QUY HOẠCH BẢO VỆ TÀI NGUYÊN NƯỚC TỈNH HÀ GIANG\n"
                    + "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật Tài nguyên nước;\n"
                    + "Điều 1. Thông qua Quy hoạch.\nPHỤ LỤC\n(Ban hành kèm theo Nghị quyết số"
                    + " 89NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh Hà Giang)\n")
            .orElseThrow();
    assertNull(h.number());
    assertEquals("2017-07-14", h.issuedText());
  }

  @Test
  void aRegulationAttachedToADecisionIsAnotherDocument() {
    Header h =
        recognizer
            .recognize(
                "NGHỊ QUYẾT\nVề việc ban hành quy chế\nHỘI ĐỒNG NHÂN DÂN TỈNH X\n"
                    + "Căn cứ Luật;\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 1 tháng 2 năm 2017)\n")
            .orElseThrow();
    assertNull(h.number());
  }

  @Test
  void anOcrReadSoLineWithAnUnreadableSerialKeepsItsCodeButNoNumber() {
    Header h =
        recognizer
            .recognize(
                "BAN CHỈ ĐẠO CẢI CÁCH\nHÀNH CHÍNH CỦA CHÍNH PHỦ\nSô: #6 /OD-BCĐCCHC\n"
                    + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    + "Hà Nội, ngày 16 tháng 4 năm 2021\nQUYẾT ĐỊNH\nBan hành Kế hoạch kiểm tra\n")
            .orElseThrow();
    assertNull(h.number());
    assertEquals("QĐ", h.type());
    assertEquals("2021-04-16", h.issuedText());
  }

  @Test
  void runningTextWithATitleWordFarDownHasNoHeader() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      text.append("Dòng văn bản thường số ").append(i).append(".\n");
    }
    text.append("QUYẾT ĐỊNH\nVề việc gì đó\nỦY BAN NHÂN DÂN TỈNH X\n");
    assertTrue(recognizer.recognize(text.toString()).isEmpty());
  }
}
