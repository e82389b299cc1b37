package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.ChildJvm;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cost far more than their size ({@link CostlyFiles}) among good ones, indexed by a
 * child JVM under {@code -Xmx256m}: every good file is committed, each costly one ends with its
 * outcome in the report, and the run ends well within the time a person waits.
 */
class HostileCostTest {

  private static final int GOOD = 20;

  /** Good documents in the salted folder: with the hostile ones, a thousand files. */
  private static final int SALTED_GOOD = 976;

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
    ChildJvm.awaitSuccess(child, Duration.ofSeconds(240), log);
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

  @Test
  void aThousandFileFolderSaltedWithEveryHostileClassCommitsTheGoodAndReportsTheBad()
      throws Exception {
    Path docs = dir.resolve("salted");
    CostlyFiles.write(docs);
    Map<String, String> expected = new HashMap<>(SaltedFolder.write(docs, SALTED_GOOD));
    expected.put("rtf_bin-2gb-declared.rtf", SaltedFolder.INDEXED);
    expected.put("docx_400000-paragraphs.docx", "TOO_LARGE");
    expected.put("pdf_nested-xobjects-1e8-glyphs.pdf", "TOO_LARGE");
    expected.put("txt_30mb-just-under-the-limit.txt", SaltedFolder.INDEXED);
    Path index = dir.resolve("salted-index");
    Path report = dir.resolve("salted.jsonl");
    Path log = dir.resolve("salted.log");
    Process child = HostileChild.start(docs, index, report, dir.resolve("salted-threads.txt"), log);
    ChildJvm.awaitSuccess(child, Duration.ofSeconds(300), log);
    Map<String, String> reported = new HashMap<>();
    Pattern entry = Pattern.compile("\\{\"source\":\"([^\"]*)\",\"reason\":\"(\\w+)\"");
    for (String line : Files.readAllLines(report)) {
      Matcher m = entry.matcher(line);
      assertTrue(m.lookingAt(), line);
      reported.put(m.group(1), m.group(2));
    }
    Map<String, String> bad = new HashMap<>();
    expected.forEach(
        (id, outcome) -> {
          if (!outcome.equals(SaltedFolder.INDEXED)) {
            bad.put(id, outcome);
          }
        });
    assertEquals(bad, reported);
    try (Index i = Index.open(index)) {
      assertEquals(SALTED_GOOD + expected.size() - bad.size(), i.stats().documents());
      assertEquals(1, i.search(SearchQuery.of("\"975/QĐ-UBND\"")).total());
    }
  }
}
