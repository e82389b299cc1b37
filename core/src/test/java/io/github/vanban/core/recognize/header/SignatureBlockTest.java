package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureBlockTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          thông qua./.\\nTM. HỘI ĐỒNG NHÂN DÂN\\nCHỦ TỊCH\\n(Đã ký)\\nNguyễn Xuân Ký     | Nguyễn Xuân Ký | CHỦ TỊCH
          thi hành./.\\nTM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\nLê Hồng Sơn | Lê Hồng Sơn | PHÓ CHỦ TỊCH
          năm 2025./.\\nCHỦ TỊCH\\nNơi nhận:\\n- Chính phủ;\\n- Lưu: VT.\\nNguyễn Ngọc Tuấn | Nguyễn Ngọc Tuấn | CHỦ TỊCH
          KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\\nĐinh Ngọc Hiếu\\nPHỤ LỤC\\nBẢNG\\nSở Nội Vụ   | Đinh Ngọc Hiếu | PHÓ GIÁM ĐỐC
          Kết thúc./.\\nKT. CHỦ TỊCH\\nPhạm Văn A\\nPHỤ LỤC\\nTRƯỞNG BAN\\nTrần Văn B     | Phạm Văn A | CHỦ TỊCH
          hướng dẫn./.\\nKT. BỘ TRƯỞNG THỨ TRƯỞNG\\nĐỗ Xuân Tuyên                    | Đỗ Xuân Tuyên | THỨ TRƯỞNG
          thi hành./.\\nTM. ỦY BAN NHÂN DÂN CHỦ TỊCH\\nNguyễn Văn Bình           | Nguyễn Văn Bình | CHỦ TỊCH
          như sau./.\\nK/T TRƯỞNG BAN PHÓ TRƯỞNG BAN\\nNguyễn Văn Dũng            | Nguyễn Văn Dũng | PHÓ TRƯỞNG BAN
          giải quyết./.\\nKT. BỘ TRƯỞNG\\nTHỨ TRƯỞNG\\nThượng tướng Nguyễn Văn Hiền | Nguyễn Văn Hiền | THỨ TRƯỞNG
          thực hiện./.\\nGIÁM ĐỐC\\nĐại tá Lê Quang Minh                      | Lê Quang Minh | GIÁM ĐỐC
          thi hành./.\\nHIỆU TRƯỞNG\\nPGS.TS. Trần Văn Chính                 | Trần Văn Chính | HIỆU TRƯỞNG
          thi hành./.\\nKT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\\nTS. Hoàng Thị Lan            | Hoàng Thị Lan | PHÓ GIÁM ĐỐC
          """)
  void readsTheNameAndTheTitleAboveIt(String lines, String signer, String title) {
    SignatureBlock block = SignatureBlock.read(HeaderLine.split(lines.replace("\\n", "\n")));
    assertEquals(signer, block.signer());
    assertEquals(title, block.title());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = "''\nNguyễn Xuân Ký\nCHỦ TỊCH\nThông qua ngày 10/7/2024 bởi Hội đồng")
  void findsNoSignatureWithoutTitleAndName(String text) {
    assertNull(SignatureBlock.read(HeaderLine.split(text)));
  }
}
