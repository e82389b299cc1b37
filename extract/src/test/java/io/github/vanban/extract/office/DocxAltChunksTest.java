package io.github.vanban.extract.office;

import static io.github.vanban.extract.office.DocxFixture.altChunk;
import static io.github.vanban.extract.office.DocxFixture.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts a DOCX imports with {@code w:altChunk} are read in their place. */
class DocxAltChunksTest {

  private static final String WORD =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  @Test
  void anHtmlChunkIsReadInPlaceWithItsHeadingsAndTables() throws Exception {
    String html =
        "<html><head><title>t</title><style>p{}</style></head><body>"
            + "<h2>Điều 2. Tổ chức thực hiện</h2><p>Giao Ủy ban nhân dân tỉnh triển khai.</p>"
            + "<table><tr><td>Chỉ tiêu</td><td>Năm 2025</td></tr>"
            + "<tr><td>Tăng trưởng</td><td>8,5%</td></tr></table></body></html>";
    byte[] docx =
        new DocxFixture()
            .body(p("Điều 1. Thông qua kế hoạch.") + altChunk("rIdHtml") + p("Nơi nhận: như trên."))
            .altChunk("rIdHtml", "chunk1.html", "text/html", utf8(html))
            .bytes();
    ExtractedDocument doc = extract(docx);
    assertEquals(
        "Điều 1. Thông qua kế hoạch.\nĐiều 2. Tổ chức thực hiện\n"
            + "Giao Ủy ban nhân dân tỉnh triển khai.\nChỉ tiêu\tNăm 2025\nTăng trưởng\t8,5%\n"
            + "Nơi nhận: như trên.",
        doc.text());
    List<BlockType> types = doc.blocks().stream().map(Block::type).toList();
    assertEquals(
        List.of(
            BlockType.PARAGRAPH,
            BlockType.HEADING,
            BlockType.PARAGRAPH,
            BlockType.TABLE,
            BlockType.PARAGRAPH),
        types);
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void rtfTextAndWordChunksAreRead() throws Exception {
    byte[] inner = new DocxFixture().body(p("Văn bản Word nhúng.")).bytes();
    byte[] docx =
        new DocxFixture()
            .body(altChunk("a") + altChunk("b") + altChunk("c"))
            .altChunk(
                "a",
                "a.rtf",
                "application/rtf",
                utf8("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Ph\\u7847?n RTF.\\par}"))
            .altChunk("b", "b.txt", "text/plain", utf8("Phần văn bản thuần."))
            .altChunk("c", "c.docx", WORD, inner)
            .bytes();
    ExtractedDocument doc = extract(docx);
    assertEquals("Phần RTF.\nPhần văn bản thuần.\nVăn bản Word nhúng.", doc.text());
  }

  @Test
  void aDocumentWhoseOnlyContentIsAChunkIsNotNoText() throws Exception {
    byte[] docx =
        new DocxFixture()
            .body(altChunk("x"))
            .altChunk("x", "x.htm", "application/xhtml+xml", utf8("<p>Kính gửi: Sở Tài chính.</p>"))
            .bytes();
    assertEquals("Kính gửi: Sở Tài chính.", extract(docx).text());
  }

  @Test
  void wordChunksNestedTooDeepAreLeftOutWithAWarning() throws Exception {
    byte[] docx = new DocxFixture().body(p("Tầng sâu nhất.")).bytes();
    for (int level = DocxAltChunks.MAX_DEPTH; level >= 0; level--) {
      docx =
          new DocxFixture()
              .body(p("Tầng " + level + ".") + altChunk("n"))
              .altChunk("n", "n.docx", WORD, docx)
              .bytes();
    }
    ExtractedDocument doc = extract(docx);
    assertEquals("Tầng 0.\nTầng 1.\nTầng 2.\nTầng 3.", doc.text());
    assertTrue(
        doc.warnings().stream().anyMatch(w -> w.contains("more than 3 levels deep")),
        doc.warnings()::toString);
  }

  @Test
  void chunksOfOtherTypesOrMissingPartsAreLeftOutWithAWarning() throws Exception {
    byte[] docx =
        new DocxFixture()
            .body(p("Nội dung chính.") + altChunk("m") + altChunk("khong-co"))
            .altChunk("m", "m.mht", "message/rfc822", utf8("MIME-Version: 1.0"))
            .bytes();
    ExtractedDocument doc = extract(docx);
    assertEquals("Nội dung chính.", doc.text());
    assertEquals(
        List.of(
            "an embedded part of type message/rfc822 (altChunk) was not read",
            "an altChunk names no embedded part (khong-co); nothing read"),
        doc.warnings());
  }

  private static ExtractedDocument extract(byte[] docx) throws Exception {
    return new DocxExtractor().extract(new ByteArrayInputStream(docx), ExtractContext.DEFAULT);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
