package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleLineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Số: 1\\nNGHỊ QUYẾT\\nVề nhiệm vụ năm 2024                 | 1 | NGHỊ QUYẾT | Về nhiệm vụ năm 2024
          QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN\\nV/v ban hành quy chế       | 0 | QUYẾT ĐỊNH | V/v ban hành quy chế
          NGHỊ QUYẾT Về nhiệm vụ năm 2024\\nCăn cứ Luật                | 0 | NGHỊ QUYẾT | Về nhiệm vụ năm 2024
          NGHỊ QUYẾT VỀ PHÁT TRIỂN\\nCăn cứ Luật                     | 0 | NGHỊ QUYẾT | VỀ PHÁT TRIỂN
          THÔNG BÁO KẾT LUẬN\\nCủa Chủ tịch                         | 0 | THÔNG BÁO KẾT LUẬN | Của Chủ tịch
          """)
  void findsTheTitleAndWhereTheSubjectStarts(
      String text, int index, String title, String firstSubjectLine) {
    String document = text.replace("\\n", "\n");
    List<HeaderLine> lines = HeaderLine.split(document);
    TitleLine t = TitleLine.find(lines, lines.size());
    assertEquals(index, t.index());
    assertEquals(title, t.title());
    HeaderLine first = t.subjectLines(lines).get(0);
    assertEquals(firstSubjectLine, first.text());
    assertEquals(first.text(), first.span().of(document));
  }

  @Test
  void findsNoTitleInOtherLines() {
    List<HeaderLine> lines = HeaderLine.split("HỘI ĐỒNG NHÂN DÂN\nNghị quyết số 5\n");
    TitleLine t = TitleLine.find(lines, lines.size());
    assertEquals(-1, t.index());
    assertNull(t.title());
  }
}
