package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.search.testing.FolderIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the headings of a document's structure are indexed through the structure layer's
 * indexer and found with {@code section:}, while the same words in running text are not.
 */
class SectionSearchTest {

  @TempDir static Path dir;

  static Index index;

  @BeforeAll
  static void indexALawAndANote() throws IOException {
    index =
        Index.open(
            FolderIndex.ofTexts(
                dir,
                Map.of(
                    "luat.txt",
                    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                        + "Luật này quy định về quản lý.\n"
                        + "Điều 5. Giải thích từ ngữ\nTrong Luật này, các từ ngữ được hiểu như sau.\n",
                    "tin.txt",
                    "Bản tin về phạm vi điều chỉnh của luật.\nĐiều 5 của luật được nhắc lại ở đây.\n")));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void findsTheDocumentWhoseStructureHasTheHeading() throws IOException {
    assertEquals(List.of("luat.txt"), sources("section:\"Điều 5\""));
    assertEquals(List.of("luat.txt"), sources("section:\"pham vi dieu chinh\""));
    assertEquals(List.of("luat.txt"), sources("section:\"quy định chung\""));
    assertEquals(List.of("luat.txt", "tin.txt"), sources("\"phạm vi điều chỉnh\""));
  }

  @Test
  void findsNothingForAHeadingNoDocumentHas() throws IOException {
    assertEquals(List.of(), sources("section:\"Điều 9\""));
  }

  private static List<String> sources(String query) throws IOException {
    return index.search(SearchQuery.of(query)).hits().stream()
        .map(SearchHit::source)
        .sorted()
        .toList();
  }
}
