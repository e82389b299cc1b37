package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cost far more than their size ({@link CostlyFiles}) among good ones, indexed by a
 * child JVM under {@code -Xmx256m}: every good file is committed, each costly one ends with its
 * outcome in the report, and the run ends well within the time a person waits.
 */
class HostileCostTest {

  private static final int GOOD = 20;

  @TempDir Path dir;

  @Test
  void costlyFilesAreBoundedOrReportedAndTheirNeighboursAreCommitted() throws Exception {
    Path docs = dir.resolve("docs");
    CostlyFiles.write(docs);
    for (int i = 0; i < GOOD; i++) {
      Files.writeString(docs.resolve("tot-" + i + ".txt"), "Quyết định số " + i + "/QĐ-UBND.");
    }
    Path index = dir.resolve("index");
    Path report = dir.resolve("report.jsonl");
    Path log = dir.resolve("child.log");
    Process child = HostileChild.start(docs, index, report, dir.resolve("threads.txt"), log);
    boolean ended = child.waitFor(240, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    String errors = Files.readString(log);
    assertTrue(ended, "the run took over 240 s");
    assertEquals(0, child.exitValue(), errors.substring(Math.max(0, errors.length() - 3000)));
    List<String> lines = Files.readAllLines(report);
    assertEquals(2, lines.size(), String.join("\n", lines));
    assertTrue(
        lines
            .get(0)
            .startsWith("{\"source\":\"docx_400000-paragraphs.docx\",\"reason\":\"TOO_LARGE\""),
        lines.get(0));
    assertTrue(
        lines
            .get(1)
            .startsWith(
                "{\"source\":\"pdf_nested-xobjects-1e8-glyphs.pdf\",\"reason\":\"TOO_LARGE\""),
        lines.get(1));
    try (Index i = Index.open(index)) {
      assertEquals(GOOD + 2, i.stats().documents());
      assertEquals(1, i.search(SearchQuery.of("\"7/NQ-TU\"")).total());
      assertEquals(1, i.search(SearchQuery.of("\"19/QĐ-UBND\"")).total());
    }
  }
}
