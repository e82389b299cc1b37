package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerBlockTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          HỘI ĐỒNG NHÂN DÂN\\nTỈNH QUẢNG NINH                         | Hội đồng nhân dân tỉnh Quảng Ninh | -
          ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\\nSỞ NỘI VỤ                   | Sở Nội vụ | Ủy ban nhân dân tỉnh Lâm Đồng
          HỘI ĐỒNG NHÂN DÂN\\nTỈNH BÌNH DƯƠNG\\nĐOÀN GIÁM SÁT         | Đoàn giám sát | Hội đồng nhân dân tỉnh Bình Dương
          HỘI ĐỒNG NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nTỈNH QUẢNG NINH   Độc lập - Tự do - Hạnh phúc | Hội đồng nhân dân tỉnh Quảng Ninh | -
          DỰ THẢO\\nVĂN PHÒNG CHÍNH PHỦ\\n_______                    | Văn phòng Chính phủ | -
          ỦY BAN THƯỜNG VỤ\\nQUỐC HỘI                                | Ủy ban Thường vụ Quốc hội | -
          ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ CẦN THƠ\\nXV80                 | Ủy ban nhân dân thành phố Cần Thơ | -
          """)
  void joinsLinesIntoBodies(String lines, String issuer, String parent) {
    IssuerBlock block = IssuerBlock.read(HeaderLine.split(lines.replace("\\n", "\n")), Set.of());
    assertEquals(issuer, block.issuer());
    assertEquals(parent, block.parent());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = "''\nTỔNG HỢP Ý KIẾN GÓP Ý\nXV80\nThời sự hôm nay")
  void findsNoBodyWithoutAHeadWord(String text) {
    assertNull(IssuerBlock.read(HeaderLine.split(text), Set.of()));
  }
}
