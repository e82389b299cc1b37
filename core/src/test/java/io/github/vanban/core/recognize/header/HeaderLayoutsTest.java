package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.Header;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Header layouts met in real copies beyond the two-column block: the gazette heading, the
 * resolution dated only by its adoption clause, the authority and the signature laid out by a
 * table, a subject wrapped before a cited number.
 */
class HeaderLayoutsTest {

  private final HeaderRecognizer recognizer = new HeaderRecognizer();

  @Test
  void readsAGazetteHeadingOverSeveralLines() {
    Header h =
        recognizer
            .recognize(
                """
                CHỈ THỊ
                CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT
                NGÀY 30 THÁNG 12 NĂM 2008
                VỀ ĐẨY MẠNH SỬ DỤNG PHẦN MỀM MÃ NGUỒN MỞ TRONG HOẠT ĐỘNG CỦA CƠ QUAN, TỔ CHỨC NHÀ NƯỚC
                Thực hiện Quyết định số 235/2004/QĐ-TTg ngày 02 tháng 3 năm 2004 của Thủ tướng;
                1. Các đơn vị chuyên trách về công nghệ thông tin:
                có trách nhiệm triển khai thực hiện./.
                BỘ TRƯỞNG
                Lê Doãn Hợp
                """)
            .orElseThrow();
    assertEquals("07/2008/CT-BTTTT", h.number());
    assertEquals("CT", h.type());
    assertEquals("Bộ Thông tin và Truyền thông", h.issuer());
    assertEquals("2008-12-30", h.issuedText());
    assertNull(h.place());
    assertEquals(
        "VỀ ĐẨY MẠNH SỬ DỤNG PHẦN MỀM MÃ NGUỒN MỞ TRONG HOẠT ĐỘNG CỦA CƠ QUAN, TỔ CHỨC NHÀ NƯỚC",
        h.subject());
    assertEquals("Lê Doãn Hợp", h.signer());
  }

  @Test
  void readsAGazetteHeadingOnOneLine() {
    Header h =
        recognizer
            .recognize(
                "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 64/2007/QĐ-TTG NGÀY 10/5/2007 VỀ VIỆC"
                    + " BAN HÀNH QUY CHẾ\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n")
            .orElseThrow();
    assertEquals("QĐ", h.type());
    assertEquals("2007-05-10", h.issuedText());
    assertEquals("Thủ tướng Chính phủ", h.issuer());
    assertEquals("VỀ VIỆC BAN HÀNH QUY CHẾ", h.subject());
  }

  @Test
  void aGazetteSubjectEndsAtTheGovernmentsOwnAuthorityLine() {
    Header h =
        recognizer
            .recognize(
                """
                NGHỊ ĐỊNH
                CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007
                VỀ MINH BẠCH TÀI SẢN, THU NHẬP
                CHÍNH PHỦ
                Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
                """)
            .orElseThrow();
    assertEquals("Chính phủ", h.issuer());
    assertEquals("VỀ MINH BẠCH TÀI SẢN, THU NHẬP", h.subject());
  }

  @Test
  void anUpperCaseSubjectEndsAtACentralAuthorityLine() {
    for (String authority :
        new String[] {
          "QUỐC HỘI", "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "TỔNG KIỂM TOÁN NHÀ NƯỚC"
        }) {
      Header h =
          recognizer
              .recognize(
                  "NGÂN HÀNG NHÀ NƯỚC\nSố: 12/2020/TT-NHNN\nHà Nội, ngày 5 tháng 6 năm 2020\n"
                      + "THÔNG TƯ\nQUY ĐỊNH VỀ HOẠT ĐỘNG CHO VAY\n"
                      + authority
                      + "\nCăn cứ Luật Ngân hàng Nhà nước Việt Nam;\n")
              .orElseThrow();
      assertEquals("QUY ĐỊNH VỀ HOẠT ĐỘNG CHO VAY", h.subject(), authority);
    }
  }

  @Test
  void theIssuerEndsAtTheNumberLineWhenTheTitleIsUnknown() {
    Header h =
        recognizer
            .recognize(
                """
                SỞ TTTT TỈNH PHÚ THỌ
                TRUNG TÂM CNTT TÂY BẮC
                Số:           /NVKS-STTTT
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Phú Thọ, ngày    tháng    năm 2012
                KẾ HOẠCH, NHIỆM VỤ
                KHẢO SÁT PHỤC VỤ LẬP BÁO CÁO NGHIÊN CỨU KHẢ THI DỰ ÁN
                ĐƠN VỊ TƯ VẤN	ĐƠN VỊ THỤ HƯỞNG
                PHÚ THỌ 2012
                """)
            .orElseThrow();
    // The boundary is asserted here; sentence case cannot know that Tây Bắc is a region's name.
    assertEquals("trung tâm cntt tây bắc", h.issuer().toLowerCase(Locale.ROOT));
    assertEquals("Sở TTTT tỉnh Phú Thọ", h.issuerParent());
  }

  @Test
  void theSubjectEndsBeforeTheBodysFirstSentence() {
    Header report =
        recognizer
            .recognize(
                """
                UBND TỈNH BẮC NINH	CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ KẾ HOẠCH VÀ ĐẦU TƯ	Độc lập - Tự do - Hạnh phúc
                Số: 215 /BC-SKHĐT	Bắc Ninh, ngày  15  tháng 7 năm 2024
                BÁO CÁO
                Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội
                6 tháng đầu năm 2024
                Năm 2024, tốc độ tăng trưởng GRDP đạt 7%.
                """)
            .orElseThrow();
    assertEquals(
        "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024",
        report.subject());
    Header wrapped =
        recognizer
            .recognize(
                """
                ỦY BAN NHÂN DÂN
                TỈNH BẮC NINH
                Số: 12/QĐ-UBND
                Bắc Ninh, ngày 3 tháng 2 năm 2022
                QUYẾT ĐỊNH
                Về việc ban hành Quy chế tổ chức và hoạt động của
                Ban Quản lý các khu công nghiệp.
                ỦY BAN NHÂN DÂN TỈNH BẮC NINH
                Căn cứ Luật Tổ chức chính quyền địa phương;
                """)
            .orElseThrow();
    assertEquals(
        "Về việc ban hành Quy chế tổ chức và hoạt động của Ban Quản lý các khu công nghiệp",
        wrapped.subject());
  }

  @Test
  void aResolutionWithoutDateLineIsDatedByItsAdoptionClause() {
    Header h =
        recognizer
            .recognize(
                """
                ỦY BAN THƯỜNG VỤ QUỐC HỘI
                Nghị quyết số: 106/2025/UBTVQH15
                NGHỊ QUYẾT
                QUY ĐỊNH SỐ LƯỢNG PHÓ CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN, PHÓ TRƯỞNG BAN
                CỦA HỘI ĐỒNG NHÂN DÂN CẤP TỈNH, CẤP XÃ VÀ VIỆC BỐ TRÍ ĐẠI BIỂU
                HỘI ĐỒNG NHÂN DÂN CẤP TỈNH, CẤP XÃ HOẠT ĐỘNG CHUYÊN TRÁCH
                ỦY BAN THƯỜNG VỤ QUỐC HỘI
                Căn cứ Nghị quyết số 203/2025/QH15 được Quốc hội thông qua ngày 16 tháng 6 năm 2025;
                Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, phiên họp thứ 50 thông qua ngày 16 tháng 10 năm 2025.
                TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
                CHỦ TỊCH
                Trần Thanh Mẫn
                """)
            .orElseThrow();
    assertEquals("2025-10-16", h.issuedText());
    assertEquals(
        "QUY ĐỊNH SỐ LƯỢNG PHÓ CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN, PHÓ TRƯỞNG BAN CỦA HỘI ĐỒNG NHÂN DÂN CẤP"
            + " TỈNH, CẤP XÃ VÀ VIỆC BỐ TRÍ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CẤP TỈNH, CẤP XÃ HOẠT ĐỘNG"
            + " CHUYÊN TRÁCH",
        h.subject());
  }

  @Test
  void anotherTextsAdoptionDoesNotDateTheDocument() {
    Header h =
        recognizer
            .recognize(
                "NGHỊ QUYẾT\nVỀ VIỆC THÔNG QUA ĐỀ ÁN\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\n"
                    + "Căn cứ Nghị quyết số 12/NQ-HĐND được thông qua ngày 05 tháng 7 năm 2016;\n"
                    + "Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XVII thông qua./.\n")
            .orElseThrow();
    assertNull(h.issued());
  }

  @Test
  void theAuthorityLineKeepsItsPlaceFromTheNextLine() {
    Header h =
        recognizer
            .recognize(
                "NGHỊ QUYẾT\nVỀ VIỆC THÔNG QUA PHƯƠNG ÁN\nHỘI ĐỒNG NHÂN DÂN\nTỈNH ĐỒNG THÁP\n"
                    + "KHÓA IX - KỲ HỌP THỨ NĂM\nCăn cứ Luật Ngân sách nhà nước;\n")
            .orElseThrow();
    assertEquals("Hội đồng nhân dân tỉnh Đồng Tháp", h.issuer());
  }

  @Test
  void aLetterSubjectGoesOnWithTheNumberItCites() {
    Header h =
        recognizer
            .recognize(
                """
                VĂN PHÒNG ĐOÀN ĐBQH
                VÀ HĐND TỈNH THANH HÓA
                Số:295 /VP-CTHĐND
                V/v gửi Danh mục sản phẩm quy đổi theo Nghị định số
                335/2025/NĐ-CP.
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Thanh Hóa, ngày22 tháng 5 năm 2026
                Kính gửi: Sở Nội vụ
                """)
            .orElseThrow();
    assertEquals("V/v gửi Danh mục sản phẩm quy đổi theo Nghị định số 335/2025/NĐ-CP", h.subject());
  }

  @Test
  void readsTheSignatureFromTheRightCellOfATable() {
    Header h =
        recognizer
            .recognize(
                "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 09/2009/CT-UBND\nCHỈ THỊ\nVề khoa học\n"
                    + "Căn cứ Luật Khoa học;\nthực hiện./.\n"
                    + "Nơi nhận:\n- Bộ Khoa học và Công nghệ;\tKT.CHỦ TỊCH\n"
                    + "- Thường trực Tỉnh ủy;\tPHÓ CHỦ TỊCH\n- CT, PCT UBND tỉnh;\t(Đã ký)\n"
                    + "- Ủy ban MTTQVN tỉnh;\n- UBND các huyện, thị xã;\tNguyễn Văn Hiệp\n- Lưu VT.\n")
            .orElseThrow();
    assertEquals("Nguyễn Văn Hiệp", h.signer());
    assertEquals("PHÓ CHỦ TỊCH", h.signerTitle());
  }

  @Test
  void aPartyDraftWithABlankSerialKeepsItsType() {
    Header h =
        recognizer
            .recognize(
                "TỈNH ỦY THANH HÓA\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                    + "Số -QĐ/TU Thanh Hóa, ngày tháng 6 năm 2026\nQUY ĐỊNH\nvề đánh giá cán bộ\n"
                    + "- Căn cứ Điều lệ Đảng;\n")
            .orElseThrow();
    assertNull(h.number());
    assertEquals("QĐ", h.type());
  }

  @Test
  void anAppendixEndingInItsOwnEndMarkDoesNotHideTheSigner() {
    Header h =
        recognizer
            .recognize(
                """
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ HÀ NỘI
                Số: 70/2024/QĐ-UBND
                QUYẾT ĐỊNH
                Ban hành Quy định về giá
                Điều 1. Ban hành kèm theo Quyết định này Quy định.
                Quyết định có hiệu lực từ ngày ký./.
                Nơi nhận:
                - Lưu: VT, KTTH.
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Trần Sỹ Thanh
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ HÀ NỘI
                QUY ĐỊNH
                Một số nội dung quản lý nhà nước về giá
                Điều 1. Phạm vi điều chỉnh.
                Sở Tài chính hướng dẫn thực hiện Quy định này./.
                """)
            .orElseThrow();
    assertEquals("Trần Sỹ Thanh", h.signer());
    assertEquals("CHỦ TỊCH", h.signerTitle());
  }
}
