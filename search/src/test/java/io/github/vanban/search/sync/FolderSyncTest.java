package io.github.vanban.search.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.FileSelection;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.Progress;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private Path folder(String name, String file, String text) throws IOException {
    Path f = Files.createDirectories(dir.resolve(name));
    Files.writeString(f.resolve(file), text);
    return f;
  }
}
