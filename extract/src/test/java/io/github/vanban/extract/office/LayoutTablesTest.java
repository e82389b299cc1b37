package io.github.vanban.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTablesTest {

  private static final List<List<String>> HEADER =
      List.of(
          List.of(
              "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\n______\nSố: 205/NQ-HĐND",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  + "Quảng Ninh, ngày 10 tháng 7 năm 2024"));

  @Test
  void headerTableIsLayoutReadColumnByColumn() {
    assertTrue(LayoutTables.isLayout(HEADER));
    assertEquals(
        List.of(
            "HỘI ĐỒNG NHÂN DÂN",
            "TỈNH QUẢNG NINH",
            "Số: 205/NQ-HĐND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Ninh, ngày 10 tháng 7 năm 2024"),
        LayoutTables.columnLines(HEADER));
  }

  @Test
  void twoRowHeaderReadsLeftColumnFirst() {
    List<List<String>> rows =
        List.of(
            List.of("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            List.of("Số: 12/QĐ-UBND", "Lâm Đồng, ngày 5 tháng 1 năm 2026"));
    assertEquals(
        List.of(
            "ỦY BAN NHÂN DÂN",
            "Số: 12/QĐ-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Lâm Đồng, ngày 5 tháng 1 năm 2026"),
        LayoutTables.columnLines(rows));
  }

  @Test
  void signatureTableIsLayout() {
    assertTrue(
        LayoutTables.isLayout(
            List.of(
                List.of("Nơi nhận:\n- Như Điều 3;", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B"))));
  }

  @Test
  void aSignatureUnderAnyOfficialTitleIsLayout() {
    // THỨ TRƯỞNG, CHỦ NHIỆM and UỶ VIÊN were missing from this class's own list of titles.
    for (String title : List.of("THỨ TRƯỞNG", "PHÓ CHỦ NHIỆM", "UỶ VIÊN", "TRƯỞNG ĐOÀN")) {
      assertTrue(
          LayoutTables.isLayout(
              List.of(List.of("- Như trên;\n- Lưu: VT.", title + "\nNguyễn Văn B"))),
          title);
    }
  }

  @Test
  void theMottoInTheOldTonePlacementMarksAHeader() {
    assertTrue(
        LayoutTables.isLayout(
            List.of(
                List.of("SỞ TÀI CHÍNH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                List.of("Số: 12/BC-STC", "Lâm Đồng, ngày 5 tháng 1 năm 2026"))));
  }

  @Test
  void aSmallDataTableWithATotalRowIsNoLayout() {
    assertFalse(
        LayoutTables.isLayout(List.of(List.of("Chỉ tiêu", "2024"), List.of("TỔNG CỘNG", "1.234"))));
  }

  @Test
  void aOneCellBoxIsLayout() {
    assertTrue(LayoutTables.isLayout(List.of(List.of("QUỐC HỘI\nSố: 100/2015/QH13"))));
  }

  @Test
  void dataTablesAreNotLayout() {
    assertFalse(
        LayoutTables.isLayout(
            List.of(
                List.of("STT", "Chỉ tiêu", "Đơn vị"), List.of("1", "Chủ tịch UBND xã", "người"))));
    assertFalse(LayoutTables.isLayout(List.of()));
  }
}
