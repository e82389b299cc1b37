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
