package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.Header;
import org.junit.jupiter.api.Test;

/**
 * Headers as an OCR reads scanned copies: marks misread ({@code NGHỊ QUYÉT}, {@code Kẻ hoạch}), the
 * two columns joined on a line, specks around the words, a handwritten serial read as noise.
 */
class OcrHeaderTest {

  private final HeaderRecognizer recognizer = new HeaderRecognizer();

  private Header header(String text) {
    return recognizer.recognize(text).orElseThrow();
  }

  @Test
  void aMisreadMottoAndTitleStayOutOfTheIssuer() {
    Header h =
        header(
            """
            HỘI ĐÓNG NHÂN DÂN
            THÀNH PHÓ HÀ NỘI
            CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM
            Số: 12/2025/NQ-HĐND
            Hà Nội, ngày 27 tháng 6 năm 2025
            NGHỊ QUYÉT
            Sửa đổi, bổ sung một số Nghị quyết
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);
    assertEquals("Hội đồng nhân dân thành phố Hà Nội", h.issuer());
    assertEquals("Nghị quyết", h.typeName());
    assertEquals("Sửa đổi, bổ sung một số Nghị quyết", h.subject());
  }

  @Test
  void aLetterSubjectJoinedToTheNumberLineIsTheSubject() {
    Header h =
        header(
            """
            UBND TỈNH BẮC GIANG
            SỞ KẺ HOẠCH VÀ ĐẦU TƯ
            Số: 61 /SKH-TH V/v Báo cáo tình hình triển khai kế hoạch năm 2012
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bắc Giang, ngày 31 tháng 01 năm 2012
            Kính gửi: - Giám đốc các sở, cơ quan trực thuộc UBND tỉnh;
            """);
    assertEquals("61/SKH-TH", h.number());
    assertEquals("V/v Báo cáo tình hình triển khai kế hoạch năm 2012", h.subject());
    assertEquals("2012-01-31", h.issuedText());
  }

  @Test
  void theNumberLineJoinedToTheIssuerIsCutOff() {
    Header h =
        header(
            "UBND TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "BAN QUẢN LÝ CÁC KCN Độc lập - Tự do - Hạnh Phúc Số! /BC-KCN Bắc Giang, ngày 14"
                + " tháng l] năm 2012\nBÁO CÁO\nKết quả thu hút đầu tư năm 2012\n"
                + "Thực hiện kế hoạch số 1130/KH-UBND;\n");
    assertEquals("Ban Quản lý các KCN", h.issuer());
    assertEquals("UBND tỉnh Bắc Giang", h.issuerParent());
  }

  @Test
  void misreadMarksInABodysNameAreRepaired() {
    Header h =
        header(
            """
            _ BAN CHÍ ĐẠO CÀI CÁCH .
            HANH CHÍNH CỦA CHÍNH PHÙ
            Số: 46/QĐ-BCĐCCHC
            QUYẾT ĐỊNH
            Ban hành Kế hoạch kiểm tra
            Căn cứ Luật Tổ chức Chính phủ;
            """);
    assertEquals("Ban Chỉ đạo cải cách hành chính của Chính phủ", h.issuer());
  }

  @Test
  void aLetterWithoutReadableNumberStillHasAHeader() {
    Header h =
        header(
            """
            _ỦY BẠN NHÂN DÂN
            . _ TỈNH PHÚ THỌ
            Số: /23,//UBND- KSTTHC
            Về việc xây dựng kế hoạch rà soát quy định, thủ tục hành chính.
            Kính gửi:
            Phú Thọ, ngày tháng 12 năm 2011
            """);
    assertNull(h.number());
    assertEquals("CV", h.type());
    assertEquals("Ủy ban nhân dân tỉnh Phú Thọ", h.issuer());
    assertEquals("Phú Thọ", h.place());
    assertEquals("Về việc xây dựng kế hoạch rà soát quy định, thủ tục hành chính", h.subject());
  }

  @Test
  void aSerialRunIntoNoiseGivesNoNumberButKeepsTheCodeAndTheMisreadLetterMark() {
    Header h =
        header(
            """
            TỈNH ỦY BẮC GIANG
            BỘ PHẬN THƯỜNG TRỰC
            *
            Số 36§-CV/BPTT
            V/o tăng cường chỉ đạo kiểm điểm tự phê bình
            ĐẢNG CỘNG SẢN VIỆT NAM
            Bắc Giang, ngày 15 tháng 10 năm 2012
            Kính gửi: - Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;
            """);
    assertNull(h.number());
    assertEquals("CV", h.type());
    assertEquals("2012-10-15", h.issuedText());
    assertEquals("V/v tăng cường chỉ đạo kiểm điểm tự phê bình", h.subject());
  }

  @Test
  void theSignersTitleJoinedToTheRecipientsHeadingIsRead() {
    Header h =
        header(
            """
            VĂN PHÒNG CHÍNH PHỦ
            Số: 79/TB-VPCP Hà Nội, ngày 22 tháng 3 năm 2022
            THÔNG BÁO
            Kết luận của Thủ tướng Chính phủ
            Ngày 09 tháng 3 năm 2022, tại trụ sở Chính phủ, Thủ tướng chủ trì Phiên họp.
            Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
            Nơi nhận: BỘ TRƯỞNG, CHỦ NHIỆM
            - TTgCP, các PTTgCP;
            - VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP,
            PTTgCP, các Vụ, Cục, TTTH, TTĐT;
            - Lưu: VT, KSTT.
            Trần Văn Sơn
            """);
    assertEquals("Kết luận của Thủ tướng Chính phủ", h.subject());
    assertEquals("Trần Văn Sơn", h.signer());
    assertEquals("BỘ TRƯỞNG, CHỦ NHIỆM", h.signerTitle());
  }

  @Test
  void aTitleMisreadBesideTheRecipientsHeadingAndANameJoinedToARecipientAreRead() {
    Header h =
        header(
            """
            HỘI ĐỒNG NHÂN DÂN
            THÀNH PHỐ HÀ NỘI
            Số: 12/2025/NQ-HĐND
            NGHỊ QUYẾT
            Sửa đổi một số Nghị quyết
            Nghị quyết này đã được Hội đồng nhân dân Thành phố thông qua ngày 27 tháng 6 năm 2025.
            Nơi nhận ` CHỦ TỊCH
            - Ủy ban Thường vụ Quốc hội; S223
            - Thường trực Thành ủy;
            - Các vị Đại biểu HĐNDTP;, - Nguyễn Ngọc Tuấn
            - Lưu: VT.
            """);
    assertEquals("Nguyễn Ngọc Tuấn", h.signer());
    assertEquals("CHỦ TỊCH", h.signerTitle());
  }

  @Test
  void aTitleTheOcrGarbledBesideTheRecipientsHeadingStillMarksTheSigner() {
    Header h =
        header(
            """
            UBND TỈNH BẮC GIANG
            SỞ KẾ HOẠCH VÀ ĐẦU TƯ
            Số: 61/SKH-TH
            V/v Báo cáo tình hình triển khai kế hoạch năm 2012
            Rất mong sự quan tâm phối hợp của các sở./.
            Nơi nhận: Z0.© ĐLÁM ĐÓC
            - Như trên. 8m
            * Bản điện tử: bửi vẾ ROÀ©P" À
            - Lãnh đạo sở; HH
            - Lưu VT, TH-QH.
            Trịnh Hữu Thắng
            """);
    assertEquals("Trịnh Hữu Thắng", h.signer());
  }
}
