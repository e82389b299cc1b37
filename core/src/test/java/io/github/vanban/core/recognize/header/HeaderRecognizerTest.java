package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.TextSpan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderRecognizerTest {

  private final HeaderRecognizer recognizer = new HeaderRecognizer();

  private static final String RESOLUTION =
      """
      HỘI ĐỒNG NHÂN DÂN
      TỈNH QUẢNG NINH
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Số: 205/NQ-HĐND
      Quảng Ninh, ngày 10 tháng 7 năm 2024
      NGHỊ QUYẾT
      Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024
      HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH KHÓA XIV, KỲ HỌP THỨ 19
      Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08 tháng 12 năm 2023;
      Nghị quyết này có hiệu lực từ ngày thông qua./.
      TM. HỘI ĐỒNG NHÂN DÂN
      CHỦ TỊCH
      (Đã ký)
      Nguyễn Xuân Ký
      """;

  @Test
  void readsAResolution() {
    Header h = recognizer.recognize(RESOLUTION).orElseThrow();
    assertEquals(
        new Header(
            "205/NQ-HĐND",
            "NQ",
            "Nghị quyết",
            "Hội đồng nhân dân tỉnh Quảng Ninh",
            null,
            "Quảng Ninh",
            DateValue.parse("2024-07-10"),
            "Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024",
            "Nguyễn Xuân Ký",
            "CHỦ TỊCH"),
        h);
  }

  @Test
  void readsTheSameHeaderInMarkdownWithTheRightColumnFirst() {
    String text =
        """
        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        **Độc lập - Tự do - Hạnh phúc**

        **HỘI ĐỒNG NHÂN DÂN**
        **TỈNH QUẢNG NINH**

        Số: 205/NQ-HĐND

        *Quảng Ninh, ngày 10 tháng 7 năm 2024*

        ## NGHỊ QUYẾT

        ### Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024

        Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;

        **CHỦ TỊCH**

        (Đã ký)

        **Nguyễn Xuân Ký**
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("Hội đồng nhân dân tỉnh Quảng Ninh", h.issuer());
    assertEquals("Quảng Ninh", h.place());
    assertEquals("Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024", h.subject());
    assertEquals("Nguyễn Xuân Ký", h.signer());
  }

  @Test
  void readsADecisionSignedOnBehalfAndAPdfColumnOrder() {
    String text =
        """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ HÀ NỘI

        Số: 16

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        Độc lập - Tự do - Hạnh phúc

        /2025/QĐ-UBND

        Hà Nội, ngày 28

        tháng 02 năm 2025

        QUYẾT ĐỊNH
        Về việc quy định chức năng, nhiệm vụ
        của Sở Nông nghiệp và Môi trường thành phố Hà Nội
        ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
        Căn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;
        trách nhiệm thi hành Quyết định này./.
        Nơi nhận:
        - Như Điều 7;
        - Lưu: VT, SNV.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Lê Hồng Sơn
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("16/2025/QĐ-UBND", h.number());
    assertEquals("QĐ", h.type());
    assertEquals("Quyết định", h.typeName());
    assertEquals("Ủy ban nhân dân thành phố Hà Nội", h.issuer());
    assertEquals("2025-02-28", h.issuedText());
    assertEquals(
        "Về việc quy định chức năng, nhiệm vụ của Sở Nông nghiệp và Môi trường thành phố Hà Nội",
        h.subject());
    assertEquals("Lê Hồng Sơn", h.signer());
    assertEquals("PHÓ CHỦ TỊCH", h.signerTitle());
  }

  @Test
  void readsAnOfficialLetterWithTwoLevelIssuer() {
    String text =
        """
        UBND TỈNH LÂM ĐỒNG
        SỞ NỘI VỤ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 644 /SNV-CCHC
        Lâm Đồng, ngày 06 tháng 11 năm 2025
        Độc lập - Tự do - Hạnh phúc
        V/v báo cáo tình hình cải thiện môi
        trường đầu tư tỉnh Lâm Đồng

        Kính gửi: Ủy ban nhân dân tỉnh.
        Sở kính trình UBND tỉnh xem xét./.
        Nơi nhận:
        - Như trên;
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Đinh Ngọc Hiếu
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("644/SNV-CCHC", h.number());
    assertEquals("CV", h.type());
    assertEquals("Công văn", h.typeName());
    assertEquals("Sở Nội vụ", h.issuer());
    assertEquals("UBND tỉnh Lâm Đồng", h.issuerParent());
    assertEquals("V/v báo cáo tình hình cải thiện môi trường đầu tư tỉnh Lâm Đồng", h.subject());
    assertEquals("PHÓ GIÁM ĐỐC", h.signerTitle());
  }

  @Test
  void readsADraftWithABlankSerial() {
    String text =
        """
        ỦY BAN NHÂN DÂN
        TỈNH LÂM ĐỒNG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số:           /KH-UBND
        Lâm Đồng, ngày       tháng 12 năm 2025
        KẾ HOẠCH
        Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng
        Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertNull(h.number());
    assertEquals("KH", h.type());
    assertEquals("Kế hoạch", h.typeName());
    assertEquals("Ủy ban nhân dân tỉnh Lâm Đồng", h.issuer());
    assertEquals("Lâm Đồng", h.place());
    assertNull(h.issued());
    assertEquals("Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng", h.subject());
    assertNull(h.signer());
  }

  @Test
  void readsAPartyDocument() {
    String text =
        """
        ĐẢNG BỘ TỈNH QUẢNG NINH
        TỈNH ỦY
        *
        Số 05-NQ/TU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Quảng Ninh, ngày 17 tháng 5 năm 2021
        NGHỊ QUYẾT
        về chuyển đổi số toàn diện tỉnh Quảng Ninh
        Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV./.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Nguyễn Xuân Ký
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("05-NQ/TU", h.number());
    assertEquals("NQ", h.type());
    assertEquals("Tỉnh ủy", h.issuer());
    assertEquals("Đảng bộ tỉnh Quảng Ninh", h.issuerParent());
    assertEquals("2021-05-17", h.issuedText());
    assertEquals("về chuyển đổi số toàn diện tỉnh Quảng Ninh", h.subject());
    assertEquals("BÍ THƯ", h.signerTitle());
  }

  @Test
  void namesTheTypeFromTheNumberWhenTheTitleDisagrees() {
    String text =
        """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ CẦN THƠ
        Số: 256/2004/QĐ-UB
        TP.Cần Thơ, ngày 01 tháng 7 năm 2004
        QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
        V/v ban hành Chương trình cải cách hành chính
        Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("QĐ", h.type());
    assertEquals("Quyết định", h.typeName());
    assertEquals("Ủy ban nhân dân thành phố Cần Thơ", h.issuer());
    assertEquals("TP.Cần Thơ", h.place());
    assertEquals("V/v ban hành Chương trình cải cách hành chính", h.subject());
  }

  @Test
  void readsALawWhoseNumberHasNoType() {
    String text =
        """
        QUỐC HỘI
        Luật số: 121/2025/QH15
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Hà Nội, ngày 10 tháng 12 năm 2025
        LUẬT
        HOẠT ĐỘNG GIÁM SÁT CỦA QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN
        Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("121/2025/QH15", h.number());
    assertNull(h.type());
    assertEquals("Luật", h.typeName());
    assertEquals("Quốc hội", h.issuer());
    assertEquals("HOẠT ĐỘNG GIÁM SÁT CỦA QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN", h.subject());
  }

  @Test
  void readsAnOcrHeaderWithColumnsJoinedOnOneLine() {
    String text =
        """
        HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH QUẢNG NINH Độc lập - Tự do - Hạnh phúc
        Số: 205/NQ-HĐND Quảng Ninh, ngày 10 tháng 7 năm 2024
        NGHỊ QUYẾT Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024 HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH KHÓA XIV, KỲ HỌP THỨ 19
        Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("205/NQ-HĐND", h.number());
    assertEquals("Hội đồng nhân dân tỉnh Quảng Ninh", h.issuer());
    assertEquals("Quảng Ninh", h.place());
    assertEquals("2024-07-10", h.issuedText());
    assertEquals("Nghị quyết", h.typeName());
    assertEquals("Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024", h.subject());
  }

  @Test
  void aNewsArticleHasNoHeader() {
    String text =
        """
        Thời sự
        Quảng Ninh tập trung thực hiện tốt 3 khâu đột phá chiến lược
        Năm 2024, Quảng Ninh phấn đấu đạt tốc độ tăng trưởng 2 con số.
        Số liệu của Cục Thống kê cho thấy GRDP quý I/2024 tăng 8,79%.
        Ảnh: Thanh Vân - TTXVN
        """;
    assertTrue(recognizer.recognize(text).isEmpty());
  }

  @Test
  void aNumberWithoutIssuerOrTitleIsNoHeader() {
    String text = "Số: 666/TTr-SNV; 22/12/2025; 18:56:39\nPhụ lục\nTỔNG HỢP Ý KIẾN GÓP Ý\n";
    assertTrue(recognizer.recognize(text).isEmpty());
  }

  @Test
  void readsAScannedReportWhoseTitleLineHoldsItsSubject() {
    String text =
        """
        UBND TỈNH BẮC GIANG
        BAN QUẢN LÝ CÁC KCN
        Số: AAS /BC-KCN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập -- Tự do -- Hạnh phúc
        Bắc Giang, ngày 15 tháng 11 năm 2012
        BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG
        Tháng 11 năm 2012
        Thực hiện Quyết định số 407/2011/QĐ-UBND ngày 31/10/2011 của UBND tỉnh, Ban báo cáo:
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertNull(h.number());
    assertEquals("BC", h.type());
    assertEquals("Ban Quản lý các KCN", h.issuer());
    assertEquals("UBND tỉnh Bắc Giang", h.issuerParent());
    assertEquals(DateValue.day(java.time.LocalDate.of(2012, 11, 15)), h.issued());
    assertEquals("CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG Tháng 11 năm 2012", h.subject());
  }

  @Test
  void readsTheIssuerUnderALetterSubjectThatAnOcrReadFirst() {
    String text =
        """
        V/v Lập danh sách cán bộ diện Ban Thường vụ
        Tỉnh ủy quản lý
        UBND TỈNH BẮC GIANG
        SỞ THÔNG TIN VÀ TRUYỀN THÔNG
        Số: ¿+ /STTTT-VP
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Bắc Giang, ngày 03 tháng 02 năm 2012
        Kính gửi: Ban Tổ chức Tỉnh ủy Bắc Giang.
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertNull(h.number());
    assertEquals("CV", h.type());
    assertEquals("Sở Thông tin và Truyền thông", h.issuer());
    assertEquals("UBND tỉnh Bắc Giang", h.issuerParent());
    assertEquals("V/v Lập danh sách cán bộ diện Ban Thường vụ Tỉnh ủy quản lý", h.subject());
  }

  @Test
  void givesNoSignerWhoseNameLostItsMarks() {
    String text = RESOLUTION.replace("Nguyễn Xuân Ký", "Pham Thi Thanh Tra");
    Header h = recognizer.recognize(text).orElseThrow();
    assertNull(h.signer());
    assertEquals("CHỦ TỊCH", h.signerTitle());
  }

  @Test
  void keepsTheSignerOfATextWrittenWithoutMarks() {
    String text =
        "UY BAN NHAN DAN\nTINH BAC GIANG\nSo: 12/QD-UBND\nQUYET DINH\nVe viec thanh lap\n"
            + "Can cu Luat.\nThi hanh./.\nKT. CHU TICH\nNguyen Van An\n";
    assertEquals("Nguyen Van An", recognizer.recognize(text).orElseThrow().signer());
  }

  @Test
  void aHeadingThatOpensWithAnotherTypesTitleIsNoTitle() {
    String text =
        """
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Số: 12/KH-UBND
        Lâm Đồng, ngày 15 tháng 11 năm 2012
        BÁO CÁO KẾT QUẢ NĂM 2012
        """;
    Header h = recognizer.recognize(text).orElseThrow();
    assertEquals("KH", h.type());
    assertNull(h.subject());
  }

  @Test
  void emptyInputHasNoHeader() {
    assertTrue(recognizer.recognize("").isEmpty());
    assertTrue(HeaderRecognizer.numberSpan("").isEmpty());
  }

  @Test
  void numberSpanPointsAtTheOwnNumber() {
    Optional<TextSpan> span = HeaderRecognizer.numberSpan(RESOLUTION);
    int start = RESOLUTION.indexOf("205/NQ-HĐND");
    assertEquals(Optional.of(new TextSpan(start, start + "205/NQ-HĐND".length())), span);
  }
}
