package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.testing.TableFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

  @Test
  void readsTwoHeaderRowsAndTheUnitColumn() {
    ExtractedDocument doc =
        TableFixture.document(
            "Biểu số liệu",
            List.of(
                List.of("STT", "Chỉ tiêu", "Kết quả thống kê", "Ghi chú"),
                List.of("", "", "Đơn vị tính", "Số liệu"),
                List.of("1.", "Số văn bản", "Văn bản", "82"),
                List.of("2.", "Tỷ lệ hoàn thành", "%", "100")),
            "");
    TableLayout layout = TableLayout.of(doc.text(), TableFixture.table(doc));
    assertEquals(2, layout.headerRows());
    assertEquals(2, layout.dataRows().size());
    assertEquals(2, layout.unitColumn());
    assertTrue(layout.unitColumnExplicit());
    assertEquals("Kết quả thống kê Đơn vị tính", layout.header(2));
    assertEquals(2, layout.headerSpans(3).size());
    assertEquals("", layout.header(9));
  }

  @Test
  void treatsABareDonViColumnAsPossiblyNames() {
    ExtractedDocument doc =
        TableFixture.document(
            "",
            List.of(
                List.of("Thứ hạng", "Đơn vị", "Chỉ số chung"),
                List.of("1", "Sở Tư pháp", "93,01%")),
            "");
    TableLayout layout = TableLayout.of(doc.text(), TableFixture.table(doc));
    assertEquals(1, layout.headerRows());
    assertEquals(1, layout.unitColumn());
    assertFalse(layout.unitColumnExplicit());
  }

  /** Splits the one table of {@code doc} before row {@code at}: a piece broken off by a page. */
  private static List<Block> brokenAt(ExtractedDocument doc, int at) {
    Block whole = TableFixture.table(doc);
    List<List<TextSpan>> rows = whole.rows();
    int cut = rows.get(at).get(0).start();
    return List.of(
        new Block(
            BlockType.TABLE,
            new TextSpan(whole.span().start(), cut - 1),
            1,
            0,
            rows.subList(0, at)),
        new Block(
            BlockType.TABLE,
            new TextSpan(cut, whole.span().end()),
            2,
            0,
            rows.subList(at, rows.size())));
  }

  @Test
  void aPieceBrokenOffATableTakesItsHeaders() {
    ExtractedDocument doc =
        TableFixture.document(
            "",
            TableFixture.rows(
                "STT | Nội dung | NS Trung ương (%) | NS xã (%)",
                "1 | Thuế tài nguyên | 100 | ",
                "B | CÁC KHOẢN THU PHÂN CHIA |  | ",
                "4 | Thuế sử dụng đất | 68 | 32"),
            "");
    List<Block> pieces = brokenAt(doc, 2);
    Map<Block, TableLayout> layouts = TableLayout.ofTables(doc.text(), pieces);
    TableLayout piece = layouts.get(pieces.get(1));
    assertEquals(0, piece.headerRows());
    assertEquals(2, piece.dataRows().size());
    assertEquals("NS xã (%)", piece.header(3));
    List<String> figures =
        new TableFigureRecognizer()
            .recognize(doc.text(), piece).stream().map(f -> f.kind() + " " + f.text()).toList();
    assertEquals(List.of("PERCENT 68", "PERCENT 32"), figures);
  }

  @Test
  void aNextTableWithHeadersOfItsOwnKeepsThem() {
    ExtractedDocument doc =
        TableFixture.document(
            "",
            TableFixture.rows(
                "STT | Nội dung | NS Trung ương (%) | NS xã (%)",
                "1 | Thuế tài nguyên | 100 | ",
                "STT | Chỉ tiêu | Kế hoạch | Thực hiện",
                "1 | Thu ngân sách | 500 | 520"),
            "");
    List<Block> tables = brokenAt(doc, 2);
    TableLayout second = TableLayout.ofTables(doc.text(), tables).get(tables.get(1));
    assertEquals(1, second.headerRows());
    assertEquals("Kế hoạch", second.header(2));
  }

  @Test
  void handlesATableOfOnlyText() {
    ExtractedDocument doc = TableFixture.document("", List.of(List.of("a", "b")), "");
    TableLayout layout = TableLayout.of(doc.text(), TableFixture.table(doc));
    assertEquals(1, layout.headerRows());
    assertEquals(List.of(), layout.dataRows());
    assertEquals(-1, layout.unitColumn());
  }

  @Test
  void rejectsABlockThatIsNoTable() {
    Block p = Block.of(BlockType.PARAGRAPH, new TextSpan(0, 1), 1);
    assertThrows(IllegalArgumentException.class, () -> TableLayout.of("x", p));
  }
}
