package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.testing.TableFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFigureRecognizerTest {

  private final TableFigureRecognizer recognizer = new TableFigureRecognizer();

  private List<Figure> figures(String... rows) {
    ExtractedDocument doc = TableFixture.document("Bảng", TableFixture.rows(rows), "Hết.");
    return recognizer.recognize(doc.text(), TableFixture.table(doc));
  }

  @Test
  void takesTheUnitFromTheRowsUnitColumnWithItsScale() {
    List<Figure> f =
        figures(
            "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 | Thực hiện 2024",
            "1 | Thu ngân sách | nghìn tỷ đồng | 55,6 | 56",
            "2 | Tỷ lệ hộ nghèo | % | 1,5 | dưới 1,2",
            "3 | Số văn bản | Văn bản | 82 | -");
    assertEquals(5, f.size());
    assertEquals(FigureKind.MONEY, f.get(0).kind());
    assertEquals(5.56e13, f.get(0).value(), 1e3);
    assertEquals("VND", f.get(0).unit());
    assertEquals("55,6", f.get(0).text());
    assertEquals(FigureKind.PERCENT, f.get(3).kind());
    assertEquals("dưới 1,2", f.get(3).text());
    assertEquals("văn bản", f.get(4).unit());
  }

  @Test
  void readsTheAbbreviatedScalesAndRatesOfUnitColumns() {
    List<Figure> f =
        figures(
            "TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Thực hiện 2024",
            "1 | GRDP bình quân đầu người | Tr.đồng | 100 | 98,5",
            "2 | Kim ngạch xuất khẩu | Tr. USD | 3.000 | 3.200",
            "3 | Sản lượng lương thực | 1000 tấn | 500 | 510",
            "4 | Thu nhập bình quân | Triệu đồng/người/năm | 60 | 62");
    assertEquals(8, f.size(), f::toString);
    assertEquals(1e8, f.get(0).value(), 1);
    assertEquals("VND", f.get(0).unit());
    assertEquals(3.2e9, f.get(3).value(), 1);
    assertEquals("USD", f.get(3).unit());
    assertEquals(5e5, f.get(4).value(), 1e-6);
    assertEquals("tấn", f.get(4).unit());
    assertEquals(6.2e7, f.get(7).value(), 1);
    assertEquals("người/năm", f.get(7).per());
  }

  @Test
  void takesTheUnitFromTheColumnHeaderAndKeepsCellText() {
    List<Figure> f =
        figures(
            "Huyện | Tỷ lệ (%) | Vốn (tỷ đồng) | Xếp hạng",
            "Ba Chẽ | 0,62 | 1.200 | 3", "Hải Hà | 0,56 - 0,6 | 900 | 4");
    assertEquals(4, f.size());
    assertEquals(0.62, f.get(0).value());
    assertEquals(1.2e12, f.get(1).value());
    assertEquals(0.6, f.get(2).max());
  }

  @Test
  void aColumnHeaderWithAUnitWinsOverTheRowsUnit() {
    List<Figure> f =
        figures(
            "STT | Chỉ tiêu | Đơn vị | Kế hoạch 2024 | Ước thực hiện 2024 | So với KH (%)",
            "5 | Thu hút FDI | triệu USD | 3.000 | 2.800 | 93,3");
    assertEquals(3, f.size());
    assertEquals(3e9, f.get(0).value());
    assertEquals("USD", f.get(1).unit());
    assertEquals(FigureKind.PERCENT, f.get(2).kind());
    assertEquals(93.3, f.get(2).value());
    assertEquals("93,3", f.get(2).text());
  }

  @Test
  void readsFiguresWrittenInTheCellAndLeavesScoresAndRanksOut() {
    List<Figure> f =
        figures(
            "Thứ hạng | Đơn vị | Điểm chuẩn tối đa | Điểm đạt được | Chỉ số chung",
            "1 | Sở Tư pháp | 89,00 | 82,78 | 93,01%");
    assertEquals(1, f.size());
    assertEquals(93.01, f.get(0).value());
    assertEquals("93,01%", f.get(0).text());
  }

  @Test
  void findsNothingInATableWithoutNumbers() {
    assertEquals(List.of(), figures("Nhiệm vụ | Chủ trì", "Rà soát | Sở"));
  }

  @Test
  void findsNothingInAnEmptyCellRow() {
    assertEquals(List.of(), figures("Tỷ lệ (%)", ""));
  }
}
