package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
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
          Thực hiện Nghị quyết số 05-NQ/TU về kinh tế di sản\\nThực hiện Nghị quyết số 05-NQ/TU, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau: | Thực hiện Nghị quyết số 05-NQ/TU về kinh tế di sản
          Kết luận của Chủ tịch tại cuộc họp năm 2025\\nNgày 08/7/2025, Chủ tịch chủ trì cuộc họp về tiến độ giải ngân. Sau khi nghe báo cáo | Kết luận của Chủ tịch tại cuộc họp năm 2025
          Về phát triển du lịch\\ntại TP. Hạ Long năm 2025\\nCăn cứ Luật | Về phát triển du lịch tại TP. Hạ Long năm 2025
          CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG\\nTháng 11 năm 2012\\nThực hiện Quyết định số 407 | CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG Tháng 11 năm 2012
          TÌNH HÌNH KINH TẾ - XÃ HỘI\\n6 tháng đầu năm 2024\\nKính gửi: Bộ Kế hoạch | TÌNH HÌNH KINH TẾ - XÃ HỘI 6 tháng đầu năm 2024
          CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\\nvề nội dung Đại hội Đảng bộ tỉnh lần thứ XXI\\n- Căn cứ Điều lệ Đảng; | về nội dung Đại hội Đảng bộ tỉnh lần thứ XXI
          CỦA BAN BÍ THƯ\\nVỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN\\nTrong những năm qua, công tác | VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN
          """)
  void readsUntilTheBodyStarts(String lines, String subject) {
    assertEquals(subject, SubjectBlock.read(HeaderLine.split(lines.replace("\\n", "\n")), 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          V/v báo cáo tình hình thực hiện\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nQuảng Ninh, ngày 05 tháng 6 năm 2025\\nnhiệm vụ phát triển kinh tế - xã hội\\n6 tháng đầu năm 2025\\nKính gửi: Các sở | V/v báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2025
          V/v góp ý dự thảo Nghị định\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHà Nội, ngày 1 tháng 2 năm 2025\\nKính gửi: Bộ Tư pháp | V/v góp ý dự thảo Nghị định
          V/v góp ý dự thảo Nghị định\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHà Nội, ngày 1 tháng 2 năm 2025\\ntheo đề nghị của Bộ Tư pháp, Sở đã nghiên cứu: | V/v góp ý dự thảo Nghị định
          V/v tổng hợp số liệu\\nnăm 2025\\n\\nKính gửi: Sở Tài chính | V/v tổng hợp số liệu năm 2025
          W trao đổi về một số quy định\\n\\nKính gửi: Cục Hải quan | V/v trao đổi về một số quy định
          ⁄w Tổ chức Hội thi Tin học năm 2012\\nKính gửi: Các sở | V/v Tổ chức Hội thi Tin học năm 2012
          """)
  void readsALetterSubjectOnAfterTheRightColumn(String lines, String subject) {
    assertEquals(subject, SubjectBlock.readLetter(HeaderLine.split(lines.replace("\\n", "\n")), 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          "''\nKính gửi: Sở Nội vụ\nỦY BAN NHÂN DÂN TỈNH\n"
              + "Thực hiện Nghị quyết số 05-NQ/TU, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
  void findsNoSubjectWhereTheBodyStartsAtOnce(String text) {
    assertNull(SubjectBlock.read(HeaderLine.split(text), 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Số: 61 /SKH-TH V/v Báo cáo tình hình           | Số: 61 /SKH-TH   | V/v Báo cáo tình hình
            Số: 61 /SKH-TH  V/v Báo cáo tình hình     | Số: 61 /SKH-TH   | V/v Báo cáo tình hình
          **Số: 61/SKH-TH** V/v **Báo cáo** tình hình   | Số: 61/SKH-TH    | V/v   Báo cáo   tình hình
          """)
  void setsAVvSubjectJoinedToTheNumberOnALineOfItsOwn(String line, String number, String subject) {
    String text = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ\n" + line + "\nKính gửi: UBND tỉnh";
    List<HeaderLine> lines = SubjectBlock.separateJoinedLetterSubject(new HeaderLines(text), 10);
    int numberStart = text.indexOf("Số");
    int subjectStart = text.indexOf("V/v");
    int subjectEnd = text.indexOf("hình") + "hình".length();
    assertEquals(
        List.of(
            new HeaderLine("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", new TextSpan(0, 21)),
            new HeaderLine(number, new TextSpan(numberStart, numberStart + number.length())),
            new HeaderLine(subject, new TextSpan(subjectStart, subjectEnd)),
            new HeaderLine("Kính gửi: UBND tỉnh", new TextSpan(text.length() - 19, text.length()))),
        List.copyOf(lines));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Số: 443? BĐH Về việc báo cáo tổng kết năm 2012                          | Về việc báo cáo tổng kết năm 2012
          Số A4ŸF /SNV-VP Bắc Giang, ngày] tháng 1] năm 2012 V/v báo cáo tổng kết | V/v báo cáo tổng kết
          Số: Êđẫ /HC-CNHC W trao đổi về một số quy định                          | V/v trao đổi về một số quy định
          """)
  void readsAnOcrLetterSubjectJoinedToTheNumberLine(String line, String subject) {
    List<HeaderLine> lines =
        SubjectBlock.separateJoinedLetterSubject(new HeaderLines(line + "\nKính gửi: Sở"), 10);
    assertEquals(3, lines.size());
    assertEquals(1, SubjectBlock.letterSubjectLine(lines, 10));
    assertEquals(subject, SubjectBlock.readLetter(lines, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Số: 61/SKH-TH\\nV/v Báo cáo tình hình | 10
          Số: 61/SKH-TH V/v                     | 10
          Số: 61/SKH-TH V/v Báo cáo tình hình   | 1
          """)
  void leavesTheLinesWithoutAJoinedSubjectWithinTheLimit(String lines, int limit) {
    String text = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ\n" + lines.replace("\\n", "\n");
    assertEquals(
        List.copyOf(HeaderLine.split(text)),
        List.copyOf(SubjectBlock.separateJoinedLetterSubject(new HeaderLines(text), limit)));
  }

  /** A subject a Word paragraph or a PDF gives as one line of more than 250 characters. */
  private static final String LONG_SUBJECT =
      "Bãi bỏ Quyết định số 19/2019/QĐ-UBND ngày 15/10/2019 và Quyết định số 07/2023/QĐ-UBND"
          + " ngày 21/4/2023 của Ủy ban nhân dân thành phố Hà Nội quy định thẩm quyền phê duyệt giá"
          + " khởi điểm đấu giá quyền sử dụng đất để giao đất có thu tiền sử dụng đất hoặc cho thuê"
          + " đất trên địa bàn thành phố Hà Nội";

  @org.junit.jupiter.api.Test
  void readsASubjectParagraphLongerThanALine() {
    assertEquals(
        LONG_SUBJECT,
        SubjectBlock.read(HeaderLine.split(LONG_SUBJECT + "\nCăn cứ Luật Đất đai;"), 0));
  }

  @org.junit.jupiter.api.Test
  void readsNoLongParagraphOfRunningTextAsTheSubject() {
    String body =
        LONG_SUBJECT.replace(" quy định thẩm quyền", ". Nay quy định thẩm quyền") + " như sau.";
    assertNull(SubjectBlock.read(HeaderLine.split(body), 0));
    assertNull(SubjectBlock.read(HeaderLine.split(LONG_SUBJECT + " như sau:"), 0));
  }
}
