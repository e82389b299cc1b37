package io.github.vanban.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlDepthTest {

  @Test
  void shallowPagesAreLeftAsTheyAre() {
    Document doc = Jsoup.parse("<div><p>Điều 1.</p><p>Điều 2.</p></div>");
    String before = doc.outerHtml();
    assertEquals(0, HtmlDepth.limit(doc));
    assertEquals(before, doc.outerHtml());
  }

  @Test
  void emptyPageHasNothingToFlatten() {
    assertEquals(0, HtmlDepth.limit(Jsoup.parse("")));
  }

  @Test
  void deepNestingIsFlattenedIntoItsTextInOrder() {
    Document doc =
        Jsoup.parse(
            "<div>".repeat(HtmlDepth.MAX_DEPTH + 10) + "<p>Điều 1.</p><span>Điều 2.</span>");
    assertEquals(1, HtmlDepth.limit(doc));
    assertEquals("Điều 1. Điều 2.", doc.body().text());
  }

  @Test
  void aHundredThousandNestedDivsAreReadWithAWarning() throws Exception {
    String sentence = "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025. ";
    byte[] page =
        ("<html><body>" + "<div>".repeat(100_000) + "<p>" + sentence.repeat(5) + "</p>")
            .getBytes(StandardCharsets.UTF_8);
    ExtractedDocument doc =
        new HtmlExtractor().extract(new ByteArrayInputStream(page), ExtractContext.DEFAULT);
    assertEquals(sentence.repeat(5).strip(), doc.text().strip());
    assertTrue(doc.warnings().get(0).contains("nested deeper than"), doc.warnings().toString());
  }
}
