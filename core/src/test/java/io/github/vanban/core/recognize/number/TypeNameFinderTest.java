package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeNameFinderTest {

  private final TypeNameFinder finder = new TypeNameFinder(DocumentTypes.standard());

  /** {@code number} marks where the number starts in {@code text}. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Căn cứ Nghị quyết số 176/NQ-HĐND ngày                  | 176/ | Nghị quyết
          Ban hành Nghị quyết 10-NQ/TU, ngày                     | 10-  | Nghị quyết
          xin rút đối với 02 tờ trình: số 1650/TTr-UBND          | 1650 | Tờ trình
          và các báo cáo số 170/BC-UBND ngày                     | 170/ | Báo cáo
          Thông báo kết luận số 41-TB/BCĐTW ngày                 | 41-  | Thông báo kết luận
          Chương trình hành động số 39-CTr/TU ngày               | 39-  | Chương trình hành động
          theo Quyết định số:  256/2004/QĐ-UB ngày               | 256  | Quyết định
          Báo cáo thẩm tra số 425/BC-UBPLTP15 ngày               | 425  | Báo cáo
          Luật Đất đai số 31/2024/QH15 ngày                      | 31/  | Luật
          Luật Tổ chức chính quyền địa phương số 72/2025/QH15;   | 72/  | Luật
          *Căn cứ Nghị quyết số* *202/2025/QH15 ngày             | 202/ | Nghị quyết
          Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;         | 80/  | Luật
          Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13 | 87/ | Luật
          đã ban hành Công văn sỗ 1070/TCT ngày                  | 1070 | Công văn
          Đề án số\\n381/ĐA-CP ngày                              | 381  | Đề án
          các Quy định số 114-QĐ/TW, Quy định số 131-QĐ/TW       | 131  | Quy định
          """)
  void readsTheNounBeforeTheNumber(String sentence, String number, String noun) {
    String text = sentence.replace("\\n", "\n");
    assertEquals(Optional.of(noun), finder.nounBefore(text, text.indexOf(number)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "các Nghị quyết số 03-NQ/TU ngày 23/3/2021, số 04-NQ/TU",
        "Thanh tra tỉnh đã ban hành 04-NQ/TU",
        "04-NQ/TU",
        "Quyết định thành lập Ban Chỉ đạo cấp tỉnh số 04-NQ/TU",
        "theo quy định của pháp luật hiện hành về đất đai và môi trường số 04-NQ/TU",
      })
  void findsNoNounWhereNoneStandsRightBefore(String text) {
    assertEquals(Optional.empty(), finder.nounBefore(text, text.lastIndexOf("04-")));
  }

  @Test
  void tellsWhereACitationOpens() {
    String text = "sửa đổi Quy định số 232-QĐ/TW; Quy định số 22-QĐ/TW; Luật 5/2024/QH15; theo dõi";
    int first = text.indexOf(';');
    int second = text.indexOf(';', first + 1);
    assertTrue(finder.citationAt(text, first + 1));
    assertTrue(finder.citationAt(text, second + 1));
    assertFalse(finder.citationAt(text, text.lastIndexOf(';') + 1));
    assertFalse(finder.citationAt(text, text.length()));
  }

  @Test
  void tellsWhenANumberContinuesAList() {
    String list = "các Nghị quyết số 03-NQ/TU ngày 23/3/2021, số 04-NQ/TU và số 23-NQ/TU; 06-NQ/TU";
    assertTrue(finder.continuesList(list, list.indexOf("04-")));
    assertTrue(finder.continuesList(list, list.indexOf("23-")));
    assertTrue(finder.continuesList(list, list.indexOf("06-")));
    assertFalse(finder.continuesList(list, list.indexOf("03-")));
    assertFalse(finder.continuesList("", 0));
  }
}
