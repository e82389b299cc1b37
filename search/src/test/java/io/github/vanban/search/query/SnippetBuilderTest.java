package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetBuilderTest {

  private final SnippetBuilder builder = new SnippetBuilder();

  @Test
  void marksRunsOfMatchingWordsOnce() {
    assertEquals(
        "phát triển <b>kinh tế di sản</b> gắn với du lịch",
        builder
            .build(
                "phát triển kinh tế di sản gắn với du lịch",
                Set.of("kinh", "te", "di", "san")::contains)
            .html());
  }

  @Test
  void documentMarkupIsEscapedAndOnlyTheMarksAreHtml() {
    assertEquals(
        "&lt;script&gt;alert(&quot;<b>kinh tế</b>&quot;)&lt;/script&gt; &lt;b&gt;&amp;amp;",
        builder
            .build("<script>alert(\"kinh tế\")</script> <b>&amp;", Set.of("kinh", "te")::contains)
            .html());
  }

  @Test
  void picksTheWindowWithTheMostDistinctWords() {
    String text =
        "Tình hình kinh tế - xã hội. "
            + "Nội dung khác. ".repeat(30)
            + "Kinh tế tư nhân; nhiều di sản văn hóa.";
    String s = builder.build(text, Set.of("kinh", "te", "di", "san")::contains).html();
    assertTrue(s.startsWith("... "), s);
    assertTrue(s.endsWith("<b>Kinh tế</b> tư nhân; nhiều <b>di sản</b> văn hóa."), s);
    assertFalse(s.contains("Tình hình"), s);
  }
}
