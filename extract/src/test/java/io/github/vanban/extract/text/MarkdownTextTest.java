package io.github.vanban.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown is read as Markdown: no {@code **}, no table rules, hard wraps joined. */
class MarkdownTextTest {

  private static final String REPORT =
      """
      # Báo cáo kết quả năm 2024

      **Số:** 45/BC-UBND

      Kinh tế tăng trưởng
      8,5% so với năm 2023, theo [Cục Thống kê](https://example.vn).

      | Chỉ tiêu | Kết quả |
      |---|---|
      | GRDP | 8,5% |

      - Thu ngân sách đạt **28.000 tỷ đồng**.
      """;

  @Test
  void markdownIsReadAsMarkdown() throws Exception {
    ExtractedDocument doc = extract(REPORT);
    List<String> lines = doc.text().lines().toList();
    assertEquals("Báo cáo kết quả năm 2024", lines.get(0));
    assertEquals(BlockType.HEADING, doc.blocks().get(0).type());
    assertEquals("Số: 45/BC-UBND", lines.get(1));
    assertEquals("Kinh tế tăng trưởng 8,5% so với năm 2023, theo Cục Thống kê.", lines.get(2));
    assertTrue(doc.blocks().stream().anyMatch(b -> b.type() == BlockType.TABLE));
    assertTrue(doc.text().contains("Thu ngân sách đạt 28.000 tỷ đồng."), doc.text());
    assertFalse(
        doc.text().contains("**") || doc.text().contains("---") || doc.text().contains("|"));
  }

  @Test
  void plainTextStaysAsItIs() throws Exception {
    String text = "Số: 12/QĐ-UBND\nQuyết định về kế hoạch năm 2025 * 2 bản.\n";
    assertEquals("Số: 12/QĐ-UBND\nQuyết định về kế hoạch năm 2025 * 2 bản.", extract(text).text());
  }

  private static ExtractedDocument extract(String text) throws Exception {
    return new TextExtractor()
        .extract(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            ExtractContext.DEFAULT);
  }
}
