package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.extract.OcrMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Include and exclude globs: manifests and side files need not become documents. */
class FileSelectionTest {

  @TempDir Path dir;

  @Test
  void globsMatchTheIdOrTheName() {
    FileSelection noJson = new FileSelection(List.of(), List.of("*.json", "ban-nhap/**"));
    assertTrue(noJson.selects("a.txt"));
    assertFalse(noJson.selects("manifest.json"));
    assertFalse(noJson.selects("sub/manifest.json"));
    assertFalse(noJson.selects("ban-nhap/x.txt"));
    FileSelection onlyNq = new FileSelection(List.of("nq/**"), List.of());
    assertTrue(onlyNq.selects("nq/a.txt"));
    assertFalse(onlyNq.selects("qd/a.txt"));
    assertThrows(IllegalArgumentException.class, () -> new FileSelection(List.of("[a"), List.of()));
  }

  @Test
  void excludedFilesAreNeitherIndexedNorReportedAndLeaveTheIndexOnARerun() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Số: 1/QĐ-UBND về kế hoạch năm 2025.");
    Files.createDirectories(docs.resolve("sub"));
    Files.writeString(docs.resolve("sub/b.txt"), "Số: 2/QĐ-UBND về kế hoạch năm 2025.");
    Files.writeString(docs.resolve("sub/manifest.json"), "{\"files\": [\"b.txt\"]}");
    Files.writeString(docs.resolve("sub/ghi-chu.md"), "Ghi chú nội bộ.");
    Path index = dir.resolve("index");
    IndexReport all = indexer(FileSelection.ALL).index(docs, index, ProgressListener.NONE);
    assertEquals(3, all.added());
    FileSelection selection = new FileSelection(List.of(), List.of("*.json", "*.md"));
    IndexReport r = indexer(selection).index(docs, index, ProgressListener.NONE);
    assertEquals(2, r.files());
    assertEquals(1, r.removed());
    assertEquals(List.of(), r.skipped());
  }

  private static Indexer indexer(FileSelection selection) {
    IndexerConfig c = IndexerConfig.DEFAULT.withThreads(1).withSelection(selection);
    return new Indexer(c.withExtractContext(c.extractContext().withOcr(OcrMode.OFF)));
  }
}
