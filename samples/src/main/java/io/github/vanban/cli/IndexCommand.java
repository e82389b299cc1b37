package io.github.vanban.cli;

import io.github.vanban.extract.OcrMode;
import io.github.vanban.opensearch.client.OpenSearchFiles;
import io.github.vanban.opensearch.client.OpenSearchIndex;
import io.github.vanban.search.index.DamagedIndexException;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.FailureReport;
import io.github.vanban.search.index.FileSelection;
import io.github.vanban.search.index.IndexLockedException;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.sync.FolderSync;
import io.github.vanban.solr.SolrIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vanban index DIR...}: indexes one folder or several into one index, recursively, in
 * parallel, incrementally and safely against crashes; progress and the files not indexed go to
 * stderr, the summary to stdout. Exit status 0 when every file was indexed or failed before with
 * the same content, 1 when the run itself failed, 2 for bad usage, 3 when files failed anew.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Index every document under one folder or several (hidden files and folders skipped).",
      "Unchanged files are skipped, changed ones replaced, deleted ones removed. The index is"
          + " committed every few seconds: after a crash or Ctrl-C, run again to finish.",
      "With several folders, each file's id starts with its folder's name (hanoi/qd-12.pdf);"
          + " the files of folders the index holds but this run does not name are kept unless"
          + " --prune.",
      "Exit status: 0 every file indexed, or failed before with the same content; 1 the run"
          + " failed; 2 bad usage; 3 files failed that had not failed before."
    })
final class IndexCommand implements Callable<Integer> {

  /** The most worker threads: more only exhausts memory and native threads. */
  static final int MAX_THREADS = 256;

  @Parameters(
      paramLabel = "DIR",
      arity = "1..*",
      description = "The folders to index, one or several (their names must differ).")
  List<Path> roots;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Mixin OpenSearchOption opensearch;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files extracted and analysed in parallel (default: one per processor).")
  Integer threads;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write every file not indexed, with its reason code, as JSON Lines.")
  Path report;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "Index only files whose path (relative to its folder) or name matches GLOB"
              + " (repeatable), such as '*.pdf'.")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          "Leave out files whose path or name matches GLOB (repeatable), such as '*.json' or"
              + " 'ban-nhap/**'.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--rebuild", description = "Drop everything the index holds first.")
  boolean rebuild;

  @Option(
      names = "--prune",
      description =
          "Drop the files of folders the index holds but this run does not name (without it they"
              + " are kept), and let these folders replace the one an index of one folder holds.")
  boolean prune;

  @Option(names = "--no-ocr", description = "Do not OCR scanned pages.")
  boolean noOcr;

  @Option(
      names = "--ingest-in-cluster",
      description =
          "With --opensearch: send the files' bytes to the cluster's 'vanban' ingest pipeline,"
              + " which extracts and analyses them on its ingest nodes (no OCR there), instead of"
              + " analysing them here.")
  boolean ingestInCluster;

  @ParentCommand VanbanCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressPrinter progress =
        new ProgressPrinter(
            err, System.console() != null, Duration.ofSeconds(10), System::nanoTime);
    IndexReport r;
    try {
      r = run(progress);
      progress.finish();
      if (report != null) {
        FailureReport.write(
            Stream.concat(r.failures().stream(), r.skipped().stream()).toList(), report);
      }
    } catch (IllegalArgumentException e) {
      progress.finish();
      err.println("vanban: " + e.getMessage());
      return VanbanCommand.USAGE;
    } catch (IndexLockedException | DamagedIndexException e) {
      progress.finish();
      err.println("vanban: " + e.getMessage());
      return VanbanCommand.SOME_FAILED;
    } catch (IOException e) {
      progress.finish();
      err.println("vanban: indexing into " + target() + " failed: " + e.getMessage());
      if (parent != null && parent.debug) {
        e.printStackTrace(err);
      }
      return VanbanCommand.SOME_FAILED;
    }
    for (Failure f : r.failures()) {
      err.println(
          "vanban: " + f.source() + ": " + f.reason() + ": " + f.message().replaceAll("\\s+", " "));
    }
    out.println(summary(r));
    // Files that failed before with the same content are no news: a cron job rerunning over a
    // folder with a few bad files succeeds until a new one fails.
    return r.newFailures() == 0 ? VanbanCommand.OK : VanbanCommand.NEW_FAILURES;
  }

  /**
   * Indexes into the local index, or with {@code --solr} into the Solr collection, or with {@code
   * --opensearch} into the OpenSearch index (analysed here, OCR included; with {@code
   * --ingest-in-cluster}, read by the cluster's pipeline).
   */
  private IndexReport run(ProgressPrinter progress) throws IOException {
    if (ingestInCluster && !opensearch.given()) {
      throw new IllegalArgumentException("--ingest-in-cluster needs --opensearch URL");
    }
    if (ingestInCluster) {
      try (OpenSearchFiles sink = opensearch.openFiles()) {
        return new FolderSync(config()).sync(roots, sink, progress);
      }
    }
    if (opensearch.given()) {
      try (OpenSearchIndex sink = opensearch.open()) {
        return new FolderSync(config()).sync(roots, sink, progress);
      }
    }
    if (!solr.given()) {
      return new Indexer(config()).index(roots, index.path, progress);
    }
    try (SolrIndex sink = solr.open()) {
      return new FolderSync(config()).sync(roots, sink, progress);
    }
  }

  private String target() {
    if (opensearch.given()) {
      return opensearch.where();
    }
    return solr.given() ? solr.where() : index.path.toString();
  }

  private IndexerConfig config() {
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new IllegalArgumentException(
          "--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
    }
    if (report != null && Files.isDirectory(report)) {
      throw new IllegalArgumentException("--report names a folder, not a file: " + report);
    }
    IndexerConfig c =
        IndexerConfig.DEFAULT
            .withRebuild(rebuild)
            .withPrune(prune)
            .withSelection(new FileSelection(include, exclude));
    if (threads != null) {
      c = c.withThreads(threads);
    }
    if (noOcr) {
      c = c.withExtractContext(c.extractContext().withOcr(OcrMode.OFF));
    }
    return report == null ? c : c.withExcluded(List.of(report));
  }

  private String summary(IndexReport r) {
    List<String> parts = new ArrayList<>();
    parts.add(r.added() + " new");
    parts.add(r.updated() + " changed");
    parts.add(r.unchanged() + " unchanged");
    parts.add(r.removed() + " removed");
    String kept =
        r.kept() == 0
            ? ""
            : ", " + r.kept() + " of folders not named here kept (--prune drops them)";
    String skipped =
        r.skipped().isEmpty()
            ? ""
            : ", " + r.skipped().size() + " skipped (in no format vanban reads)";
    return "Indexed "
        + r.files()
        + " files into "
        + target()
        + " in "
        + ProgressPrinter.clock(r.elapsed())
        + ": "
        + String.join(", ", parts)
        + kept
        + failed(r)
        + skipped
        + ".";
  }

  /** Says how many files were not indexed, and how many of them had failed before. */
  private String failed(IndexReport r) {
    if (r.failures().isEmpty()) {
      return "";
    }
    String see = report == null ? "" : " (see " + report + ")";
    if (r.newFailures() == 0) {
      return ", " + r.repeated() + " files still failing, reported before" + see;
    }
    return ", "
        + r.failures().size()
        + " not indexed"
        + (r.repeated() == 0
            ? ""
            : " (" + r.newFailures() + " new, " + r.repeated() + " still failing, reported before)")
        + see;
  }
}
