package io.github.vanban.core.recognize.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The structure of real documents of eval/corpus, the expectations written from reading their text,
 * and the rules on small texts made for one quirk each.
 */
class StructureRecognizerTest {

  private final StructureRecognizer recognizer = new StructureRecognizer();

  /** Returns the outline: each unit's label, its children in brackets. */
  private static String outline(List<StructureNode> nodes) {
    return nodes.stream()
        .map(n -> n.label() + (n.children().isEmpty() ? "" : " [" + outline(n.children()) + "]"))
        .collect(Collectors.joining(", "));
  }

  private static AnalyzedDocument analyze(String corpusFile) throws IOException {
    return DefaultPipeline.create().analyze(Files.readString(EvalDir.file(corpusFile)));
  }

  private static StructureNode article(List<StructureNode> chapters, String label) {
    return chapters.stream()
        .flatMap(c -> c.children().stream())
        .filter(a -> a.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Cà Mau's regulation of 2006 on the 814 inspection teams: six chapters, each title on the line
   * below, 26 articles; Điều 12 khoản 1 has points a. and b.; Điều 25 has no title.
   */
  @Test
  void readsTheChaptersArticlesClausesAndPointsOfARegulation() throws IOException {
    AnalyzedDocument doc = analyze("corpus/real/qd-ubnd-camau-2006-05-quydinh.truth.txt");
    List<StructureNode> chapters = doc.get(StructureLayer.STRUCTURE);
    assertEquals(
        List.of(
            "Chương I NHỮNG QUY ĐỊNH CHUNG",
            "Chương II CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN",
            "Chương III TỔ CHỨC HOẠT ĐỘNG",
            "Chương IV CƠ SỞ VẬT CHẤT , PHƯƠNG TIỆN VÀ KINH PHÍ HOẠT ĐỘNG",
            "Chương V KHEN THƯỞNG VÀ KỶ LUẬT",
            "Chương VI ĐIỀU KHOẢN THI HÀNH"),
        chapters.stream().map(c -> c.label() + " " + c.title()).toList());
    assertEquals(
        "Chương I [Điều 1, Điều 2 [Khoản 1, Khoản 2, Khoản 3], Điều 3, Điều 4,"
            + " Điều 5 [Khoản 1, Khoản 2], Điều 6 [Khoản 1, Khoản 2, Khoản 3, Khoản 4]],"
            + " Chương II [Điều 7 [Khoản 1, Khoản 2, Khoản 3, Khoản 4],"
            + " Điều 8 [Khoản 1, Khoản 2, Khoản 3, Khoản 4, Khoản 5, Khoản 6, Khoản 7],"
            + " Điều 9 [Khoản 1, Khoản 2, Khoản 3, Khoản 4, Khoản 5]],"
            + " Chương III [Điều 10 [Khoản 1, Khoản 2], Điều 11 [Khoản 1, Khoản 2, Khoản 3],"
            + " Điều 12 [Khoản 1 [Điểm a, Điểm b], Khoản 2], Điều 13, Điều 14,"
            + " Điều 15 [Khoản 1, Khoản 2], Điều 16,"
            + " Điều 17 [Khoản 1, Khoản 2, Khoản 3, Khoản 4, Khoản 5, Khoản 6]],"
            + " Chương IV [Điều 18, Điều 19, Điều 20, Điều 21 [Khoản 1, Khoản 2], Điều 22],"
            + " Chương V [Điều 23, Điều 24],"
            + " Chương VI [Điều 25 [Khoản 1, Khoản 2], Điều 26]",
        outline(chapters));
    assertEquals("Phạm vi điều chỉnh", article(chapters, "Điều 1").title());
    assertEquals(
        "Lực lượng của Đội kiểm tra 814 các cấp bao gồm", article(chapters, "Điều 4").title());
    assertEquals("Kỷ luật", article(chapters, "Điều 24").title());
    assertNull(article(chapters, "Điều 25").title(), "Điều 25. stands alone on its line");
    assertNull(article(chapters, "Điều 13").title(), "the article is one line of two sentences");
  }

  @Test
  void spansRunFromTheHeadingToTheUnitsLastCharacter() throws IOException {
    AnalyzedDocument doc = analyze("corpus/real/qd-ubnd-camau-2006-05-quydinh.truth.txt");
    String text = doc.text();
    List<StructureNode> chapters = doc.get(StructureLayer.STRUCTURE);
    StructureNode first = chapters.get(0);
    assertTrue(first.span().of(text).startsWith("Chương I\nNHỮNG QUY ĐỊNH CHUNG\n"));
    StructureNode article1 = first.children().get(0);
    assertTrue(article1.span().of(text).startsWith("Điều 1 . Phạm vi điều chỉnh."));
    assertEquals(
        first.children().get(1).span().start(), text.indexOf("Điều 2.", article1.span().end()));
    StructureNode article6 = first.children().get(5);
    assertEquals(article6.span().end(), first.span().end(), "a chapter ends with its last article");
    StructureNode point = article(chapters, "Điều 12").children().get(0).children().get(1);
    assertTrue(
        point.span().of(text).startsWith("b. Thẻ kiểm tra của các Đội kiểm tra 814 cấp huyện"));
    StructureNode last = chapters.get(5).children().get(1);
    assertTrue(last.span().of(text).startsWith("Điều 26. Việc sửa đổi, bổ sung Quy chế"));
    assertTrue(last.span().of(text).indexOf('\n') < 0, "the signature is no part of Điều 26");
    assertTrue(text.substring(last.span().end()).strip().startsWith("TM. UỶ BAN NHÂN DÂN"));
  }

  /**
   * Cần Thơ's decision of 2004: three articles whose heading lines are their whole text; the
   * programme attached after the signature ("Chương trình", "I- Đánh giá", "1. Những kết quả") adds
   * no chapter and no clause.
   */
  @Test
  void aDecisionHasArticlesOnlyAndItsAttachmentAddsNothing() throws IOException {
    AnalyzedDocument doc = analyze("corpus/real/qd-ub-cantho-2004-256.truth.txt");
    List<StructureNode> nodes = doc.get(StructureLayer.STRUCTURE);
    assertEquals("Điều 1, Điều 2, Điều 3", outline(nodes));
    nodes.forEach(n -> assertNull(n.title(), n.label()));
    assertTrue(nodes.get(2).span().of(doc.text()).endsWith("thi hành Quyết định này./."));
  }

  /**
   * The Markdown copy of the Standing Committee's resolution 1669 on Hải Phòng (the extractor keeps
   * its marks, so the text is read as it is): bold article headings, clause numbers escaped ({@code
   * 1\.}), 115 clauses in Điều 1 (one written {@code 114.Sắp xếp}), three in Điều 2 and in Điều 3;
   * the adoption line and the signature table are no part of Điều 3.
   */
  @Test
  void readsTheArticlesOfAMarkdownResolution() throws IOException {
    AnalyzedDocument doc =
        new Pipeline(List.of(new NormalizeStage(), new StructureStage()))
            .analyze(
                Files.readString(EvalDir.file("corpus/real/nq-1669-ubtvqh15-2025-haiphong.md")));
    String text = doc.text();
    List<StructureNode> nodes = doc.get(StructureLayer.STRUCTURE);
    assertEquals(
        List.of("Điều 1", "Điều 2", "Điều 3"), nodes.stream().map(StructureNode::label).toList());
    assertEquals(
        "Sắp xếp các đơn vị hành chính cấp xã của thành phố Hải Phòng", nodes.get(0).title());
    assertEquals(115, nodes.get(0).children().size());
    assertEquals("Khoản 114", nodes.get(0).children().get(113).label());
    assertEquals("Hiệu lực thi hành", nodes.get(1).title());
    assertEquals(
        "Điều 2 [Khoản 1, Khoản 2, Khoản 3], Điều 3 [Khoản 1, Khoản 2, Khoản 3]",
        outline(nodes.subList(1, 3)));
    assertTrue(nodes.get(0).span().of(text).startsWith("Điều 1. Sắp xếp"));
    assertTrue(
        nodes.get(0).span().of(text).endsWith("gồm67 xã, 45 phường và 02 đặc khu."),
        "the next heading's bold marks are no part of Điều 1");
    assertTrue(
        nodes.get(2).span().of(text).endsWith("giám sát việc thực hiện Nghị quyết này."),
        "Điều 3 ends before the adoption line");
  }

  /** Bắc Giang's resolution of 2017 as printed: the heading of Điều 1 wraps over three lines. */
  @Test
  void anArticleTitleWrappedOverLinesIsJoined() {
    String text =
        "Điều 1. Quy định mức hỗ trợ một số nội dung sử dụng kinh phí sự nghiệp thực\n"
            + "hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2017 -\n"
            + "2020 trên địa bàn tỉnh Bắc Giang, như sau:\n"
            + "1. Hỗ trợ phát triển sản xuất.\n"
            + "nội dung tiếp theo của khoản 1.";
    List<StructureNode> nodes = recognizer.recognize(text);
    assertEquals(
        "Quy định mức hỗ trợ một số nội dung sử dụng kinh phí sự nghiệp thực hiện Chương trình mục"
            + " tiêu quốc gia giảm nghèo bền vững giai đoạn 2017 - 2020 trên địa bàn tỉnh Bắc Giang,"
            + " như sau",
        nodes.get(0).title());
    assertEquals("Điều 1 [Khoản 1]", outline(nodes));
  }

  @Test
  void aTitleLessChapterTakesTheLinesInCapitalsBelowAsItsTitle() {
    List<StructureNode> nodes =
        recognizer.recognize(
            "CHƯƠNG II\nQUYỀN VÀ NGHĨA VỤ\nCỦA CƠ QUAN\nĐiều 5. Quyền\nNội dung.\n"
                + "Chương III. HIỆU LỰC\nĐiều 6. Hiệu lực\nNội dung.");
    assertEquals("Chương II [Điều 5], Chương III [Điều 6]", outline(nodes));
    assertEquals("QUYỀN VÀ NGHĨA VỤ CỦA CƠ QUAN", nodes.get(0).title());
    assertEquals("HIỆU LỰC", nodes.get(1).title());
  }

  @Test
  void partsSectionsAndPointsWithParenthesesNest() {
    String text =
        "PHẦN THỨ NHẤT\nQUY ĐỊNH CHUNG\nMục 1. PHẠM VI\nĐiều 1. Phạm vi\n1. Luật này quy định:\n"
            + "a) việc thứ nhất;\nb) việc thứ hai.\n2. Khoản hai.\nĐiều 2. Đối tượng\nNội dung.";
    List<StructureNode> nodes = recognizer.recognize(text);
    assertEquals(
        "Phần thứ nhất [Mục 1 [Điều 1 [Khoản 1 [Điểm a, Điểm b], Khoản 2], Điều 2]]",
        outline(nodes));
    StructureNode clause1 = nodes.get(0).children().get(0).children().get(0).children().get(0);
    assertEquals(
        "1. Luật này quy định:\na) việc thứ nhất;\nb) việc thứ hai.", clause1.span().of(text));
    assertNull(clause1.title());
  }

  @Test
  void aCitationWrappedToALineStartIsNoHeading() {
    List<StructureNode> nodes =
        recognizer.recognize(
            "Điều 2. Hiệu lực\nCác đơn vị hình thành sau sắp xếp quy định tại\n"
                + "Điều 1 của Nghị quyết này hoạt động từ ngày 01/7/2025.\n"
                + "Chương 3 của Luật được sửa đổi.\nChương trình công tác năm 2025.");
    assertEquals("Điều 2", outline(nodes));
  }

  @Test
  void clausesAndPointsCountOnlyInOrderAndInsideAnArticle() {
    String text =
        "1. Mở đầu ngoài điều nào.\nĐiều 1. Giá\n1. Giá đất.\n2025. Năm.\n3. Khoản nhảy số.\n"
            + "2. Khoản hai:\nb) điểm không bắt đầu từ a;\na) điểm a.";
    assertEquals("Điều 1 [Khoản 1, Khoản 2 [Điểm a]]", outline(recognizer.recognize(text)));
  }

  @Test
  void theRecipientsAndTheSignatureCloseTheLastArticle() {
    String text = "Điều 3. Thi hành\nCác sở thi hành.\nNơi nhận:\n1. Như Điều 3;\nKT. CHỦ TỊCH";
    List<StructureNode> nodes = recognizer.recognize(text);
    assertEquals("Điều 3", outline(nodes));
    assertEquals(new TextSpan(0, text.indexOf("\nNơi nhận")), nodes.get(0).span());
  }

  @Test
  void aTextWithoutHeadingsHasNoStructure() {
    assertEquals(
        List.of(), recognizer.recognize("Báo cáo tình hình kinh tế.\n1. Kết quả đạt được."));
    assertEquals(List.of(), recognizer.recognize(""));
    assertEquals(List.of(), recognizer.recognize("\n\n  \t\n"));
  }

  @Test
  void randomTextNeverThrowsAndSpansStayInTheText() {
    Random random = new Random(13);
    String alphabet = "Điều Chương Mục Phần I V X 1 2 . : a) b. đ) \n\t KT. Nơi nhận ";
    for (int i = 0; i < 500; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(200); j > 0; j--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertSpansInside(recognizer.recognize(text), new TextSpan(0, text.length()));
    }
  }

  private static void assertSpansInside(List<StructureNode> nodes, TextSpan outer) {
    int previousEnd = outer.start();
    for (StructureNode n : nodes) {
      assertTrue(outer.contains(n.span()), n + " outside " + outer);
      assertTrue(n.span().start() >= previousEnd, n + " overlaps the unit before it");
      previousEnd = n.span().end();
      assertSpansInside(n.children(), n.span());
    }
  }
}
