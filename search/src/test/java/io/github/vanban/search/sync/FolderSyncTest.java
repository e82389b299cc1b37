package io.github.vanban.search.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.extract.ExtractLimits;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.FileSelection;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.Progress;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSyncTest {

  @TempDir Path dir;

  Path docs;
  final MemorySink sink = new MemorySink();
  final FolderSync sync = new FolderSync(TestCorpus.config());

  @BeforeEach
  void writeCorpus() throws IOException {
    docs = dir.resolve("docs");
    TestCorpus.write(docs);
  }

  @Test
  void firstRunPutsWhatTheLocalIndexerIndexesAndReportsTheSameFailures() throws IOException {
    List<Progress> progress = new ArrayList<>();
    IndexReport r = sync.sync(docs, sink, progress::add);
    IndexReport local =
        new Indexer(TestCorpus.config()).index(docs, dir.resolve("index"), ProgressListener.NONE);
    assertEquals(local.files(), r.files());
    assertEquals(TestCorpus.INDEXED, r.added());
    assertEquals(local.failures(), r.failures());
    assertEquals(local.skipped(), r.skipped());
    assertEquals(r.files(), progress.size());
    assertEquals(
        Set.of(
            "nq/nq-205-2024.txt",
            "nq/nq-12-2025.txt",
            "bc/bc-45-2024.txt",
            "tin/di-san.txt",
            "tin/khong-dau.txt"),
        sink.committed().keySet());
    assertEquals(
        "205/NQ-HĐND", sink.committed().get("nq/nq-205-2024.txt").document().header().number());
  }

  @Test
  void rerunSkipsUnchangedReplacesChangedDeletesVanishedAndStaleFiles() throws IOException {
    sync.sync(docs, sink, ProgressListener.NONE);
    Files.writeString(docs.resolve("tin/di-san.txt"), "Thu hút FDI đạt 9,9 tỷ USD năm 2021.");
    Files.delete(docs.resolve("tin/khong-dau.txt"));
    Files.writeString(docs.resolve("nq/nq-12-2025.txt"), "");
    IndexReport r = sync.sync(docs, sink, ProgressListener.NONE);
    assertEquals(0, r.added());
    assertEquals(1, r.updated());
    assertEquals(2, r.unchanged());
    assertEquals(1, r.removed());
    assertTrue(
        r.failures().contains(new Failure("nq/nq-12-2025.txt", "NO_TEXT", "the file is empty")));
    assertEquals(
        Set.of("nq/nq-205-2024.txt", "bc/bc-45-2024.txt", "tin/di-san.txt"),
        sink.committed().keySet());
    IndexReport again = sync.sync(docs, sink, ProgressListener.NONE);
    assertEquals(3, again.unchanged());
    assertEquals(0, again.added() + again.updated() + again.removed());
  }

  @Test
  void aRunWhoseBackendFailsKeepsWhatWasCommittedAndARerunCompletesIt() throws IOException {
    sink.failAfter(3);
    assertThrows(IOException.class, () -> sync.sync(docs, sink, ProgressListener.NONE));
    int kept = sink.committed().size();
    assertTrue(kept <= 3, "committed " + kept);
    sink.failAfter(Integer.MAX_VALUE);
    IndexReport r = sync.sync(docs, sink, ProgressListener.NONE);
    assertEquals(kept, r.unchanged());
    assertEquals(TestCorpus.INDEXED - kept, r.added());
    assertEquals(TestCorpus.INDEXED, sink.committed().size());
  }

  @Test
  void rebuildPutsEveryFileAgain() throws IOException {
    sync.sync(docs, sink, ProgressListener.NONE);
    IndexReport r =
        new FolderSync(TestCorpus.config().withRebuild(true))
            .sync(docs, sink, ProgressListener.NONE);
    assertEquals(TestCorpus.INDEXED, r.added());
    assertEquals(TestCorpus.INDEXED, sink.committed().size());
  }

  @Test
  void severalFoldersShareTheSinkWithLabelledIdsAndKeepFoldersLeftOff() throws IOException {
    Path hanoi = folder("ha-noi", "bao-cao.txt", "Báo cáo Hà Nội.");
    Path hcm = folder("tp-hcm", "bao-cao.txt", "Báo cáo Thành phố Hồ Chí Minh.");
    Files.writeString(hcm.resolve("manifest.json"), "{}");
    FolderSync selecting =
        new FolderSync(
            TestCorpus.config().withSelection(new FileSelection(List.of(), List.of("*.json"))));
    IndexReport r = selecting.sync(List.of(hanoi, hcm), sink, ProgressListener.NONE);
    assertEquals(2, r.added());
    assertEquals(0, r.skipped().size());
    assertEquals(Set.of("ha-noi/bao-cao.txt", "tp-hcm/bao-cao.txt"), sink.committed().keySet());
    Files.delete(hanoi.resolve("bao-cao.txt"));
    Files.writeString(hanoi.resolve("moi.txt"), "Tin mới.");
    Path danang = Files.createDirectories(dir.resolve("da-nang"));
    IndexReport without = selecting.sync(List.of(hanoi, danang), sink, ProgressListener.NONE);
    assertEquals(1, without.added());
    assertEquals(1, without.removed());
    assertEquals(1, without.kept());
    assertEquals(Set.of("ha-noi/moi.txt", "tp-hcm/bao-cao.txt"), sink.committed().keySet());
    IndexReport pruned =
        new FolderSync(TestCorpus.config().withPrune(true))
            .sync(List.of(hanoi, danang), sink, ProgressListener.NONE);
    assertEquals(1, pruned.removed());
    assertEquals(Set.of("ha-noi/moi.txt"), sink.committed().keySet());
  }

  @Test
  void oneFolderSharingNoFileWithTheSinkIsRefusedUnlessPruned() throws IOException {
    Path hanoi = folder("ha-noi", "a.txt", "Báo cáo Hà Nội.");
    Path hcm = folder("tp-hcm", "b.txt", "Báo cáo Thành phố Hồ Chí Minh.");
    sync.sync(List.of(hanoi, hcm), sink, ProgressListener.NONE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> sync.sync(hanoi, sink, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("holds 2 files, none of them in"), e.getMessage());
    assertEquals(Set.of("ha-noi/a.txt", "tp-hcm/b.txt"), sink.committed().keySet());
    new FolderSync(TestCorpus.config().withPrune(true)).sync(hanoi, sink, ProgressListener.NONE);
    assertEquals(Set.of("a.txt"), sink.committed().keySet());
  }

  @Test
  void bytesReadByTheBackendGiveWhatTheLocalAnalysisGivesWithTheSameReport() throws IOException {
    ReadingFileSink files = new ReadingFileSink(TestCorpus.config());
    List<Progress> progress = new ArrayList<>();
    IndexReport r = sync.sync(docs, files, progress::add);
    IndexReport local = sync.sync(docs, sink, ProgressListener.NONE);
    assertEquals(local.files(), r.files());
    assertEquals(TestCorpus.INDEXED, r.added());
    // The empty file is refused by the backend (NO_TEXT), the image skipped (UNSUPPORTED).
    assertEquals(local.failures(), r.failures());
    assertEquals(local.skipped(), r.skipped());
    assertEquals(r.files(), progress.size());
    assertEquals(sink.committed().keySet(), files.committed().keySet());
    AnalysisJsonWriter json = new AnalysisJsonWriter();
    for (String id : sink.committed().keySet()) {
      SourceDocument here = sink.committed().get(id);
      SourceDocument there = files.committed().get(id);
      assertEquals(here.hash(), there.hash(), id);
      assertEquals(json.write(id, here.document()), json.write(id, there.document()), id);
    }
  }

  @Test
  void aFileTheBackendRefusesOnARerunLosesItsStaleVersion() throws IOException {
    // Committed only at the end, so the refusal comes back from the last commit.
    FolderSync sync =
        new FolderSync(TestCorpus.config().withCommits(Duration.ofHours(1), Integer.MAX_VALUE));
    ReadingFileSink files = new ReadingFileSink(TestCorpus.config());
    sync.sync(docs, files, ProgressListener.NONE);
    Files.writeString(docs.resolve("nq/nq-12-2025.txt"), "");
    Files.delete(docs.resolve("tin/khong-dau.txt"));
    int commits = files.commits();
    IndexReport r = sync.sync(docs, files, ProgressListener.NONE);
    assertEquals(0, r.added() + r.updated());
    assertEquals(3, r.unchanged());
    assertEquals(1, r.removed());
    assertTrue(
        r.failures().contains(new Failure("nq/nq-12-2025.txt", "NO_TEXT", "the file is empty")));
    assertEquals(
        Set.of("nq/nq-205-2024.txt", "bc/bc-45-2024.txt", "tin/di-san.txt"),
        files.committed().keySet());
    // One more commit after the last deleted the refused file's stale version.
    assertEquals(commits + 2, files.commits());
    IndexReport again = sync.sync(docs, files, ProgressListener.NONE);
    assertEquals(3, again.unchanged());
    assertTrue(again.failures().contains(r.failures().get(r.failures().size() - 1)));
  }

  @Test
  void aFileOverTheByteLimitIsNotSent() throws IOException {
    Files.writeString(docs.resolve("tin/dai.txt"), "Kinh tế tăng trưởng. ".repeat(100));
    long limit = 1000;
    IndexerConfig config =
        TestCorpus.config()
            .withExtractContext(
                TestCorpus.config()
                    .extractContext()
                    .withLimits(ExtractLimits.DEFAULT.withMaxBytes(limit)));
    ReadingFileSink files = new ReadingFileSink(config);
    IndexReport r = new FolderSync(config).sync(docs, files, ProgressListener.NONE);
    long size = Files.size(docs.resolve("tin/dai.txt"));
    assertTrue(
        r.failures()
            .contains(
                new Failure(
                    "tin/dai.txt",
                    "TOO_LARGE",
                    "file has " + size + " bytes, over the limit of " + limit)),
        r.failures().toString());
    assertFalse(files.committed().containsKey("tin/dai.txt"));
    assertEquals(TestCorpus.INDEXED, files.committed().size());
  }

  @Test
  void bytesToAFileSinkFollowTheFoldersSelectionPruningAndFailuresOfTheAnalysingSync()
      throws IOException {
    Path hanoi = folder("ha-noi", "bao-cao.txt", "Báo cáo Hà Nội.");
    Files.createDirectories(hanoi.resolve("nhap"));
    Files.writeString(hanoi.resolve("nhap/du-thao.txt"), "Dự thảo chưa ban hành.");
    Path hcm = folder("tp-hcm", "bao-cao.txt", "Báo cáo Thành phố Hồ Chí Minh.");
    Files.writeString(hcm.resolve("manifest.json"), "{}");
    Files.writeString(hcm.resolve("trong.txt"), "");
    Path danang = Files.createDirectories(dir.resolve("da-nang"));
    IndexerConfig selected =
        TestCorpus.config().withSelection(new FileSelection(List.of("*.txt"), List.of("nhap/**")));
    ReadingFileSink files = new ReadingFileSink(TestCorpus.config());

    IndexReport first = syncBoth(selected, List.of(hanoi, hcm), files);
    assertEquals(3, first.files());
    assertEquals(2, first.added());
    assertEquals(
        List.of(new Failure("tp-hcm/trong.txt", "NO_TEXT", "the file is empty")), first.failures());
    assertEquals(1, first.newFailures());
    assertEquals(Set.of("ha-noi/bao-cao.txt", "tp-hcm/bao-cao.txt"), files.committed().keySet());

    IndexReport leftOff = syncBoth(selected, List.of(hcm, danang), files);
    assertEquals(1, leftOff.unchanged());
    assertEquals(1, leftOff.kept());
    assertEquals(0, leftOff.removed());
    IllegalArgumentException foreign =
        assertThrows(IllegalArgumentException.class, () -> syncBoth(selected, List.of(hcm), files));
    assertTrue(
        foreign.getMessage().contains("holds 2 files, none of them in"), foreign.getMessage());

    IndexReport pruned = syncBoth(selected.withPrune(true), List.of(hcm, danang), files);
    assertEquals(1, pruned.removed());
    assertEquals(Set.of("tp-hcm/bao-cao.txt"), files.committed().keySet());
  }

  /**
   * Syncs {@code roots} as bytes into {@code files} and analysed into {@link #sink}, checks both
   * runs did the same and left the same files, and returns the bytes run's report.
   */
  private IndexReport syncBoth(IndexerConfig config, List<Path> roots, ReadingFileSink files)
      throws IOException {
    FolderSync both = new FolderSync(config);
    IndexReport bytes = both.sync(roots, files, ProgressListener.NONE);
    IndexReport analysed = both.sync(roots, sink, ProgressListener.NONE);
    assertEquals(outcome(analysed), outcome(bytes));
    assertEquals(sink.committed().keySet(), files.committed().keySet());
    return bytes;
  }

  private static List<Object> outcome(IndexReport r) {
    return List.of(
        r.files(),
        r.added(),
        r.updated(),
        r.unchanged(),
        r.removed(),
        r.kept(),
        r.failures(),
        r.skipped(),
        r.newFailures());
  }

  private Path folder(String name, String file, String text) throws IOException {
    Path f = Files.createDirectories(dir.resolve(name));
    Files.writeString(f.resolve(file), text);
    return f;
  }
}
