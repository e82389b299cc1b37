package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch options of the command line, against an address where no OpenSearch listens (the
 * indexing and the queries themselves are checked on a real cluster in the opensearch module's
 * ClientIT).
 */
class OpenSearchCommandTest {

  /** A loopback port nothing listens on: every request is refused at once. */
  private static final String NO_OPENSEARCH = "http://127.0.0.1:9";

  @TempDir Path dir;

  final Cli cli = new Cli();

  @Test
  void opensearchWithoutASubcommandIsBadUsage() {
    assertEquals(2, cli.run("opensearch"));
  }

  @Test
  void setupReportsAClusterItCannotReach() {
    assertEquals(1, cli.run("opensearch", "setup", NO_OPENSEARCH));
    assertTrue(cli.err().startsWith("vanban: "), cli.err());
  }

  @Test
  void aUrlWithCredentialsIsRefused() throws IOException {
    TestCorpus.write(dir);
    assertEquals(
        2, cli.run("index", dir.toString(), "--opensearch", "http://admin:secret@127.0.0.1:9"));
    assertTrue(cli.err().contains("VANBAN_OPENSEARCH_USER"), cli.err());
    assertTrue(!cli.err().contains("secret"), cli.err());
  }

  @Test
  void indexingNamesTheIndexItCannotWrite() throws IOException {
    TestCorpus.write(dir);
    assertEquals(1, cli.run("index", dir.toString(), "--opensearch", NO_OPENSEARCH));
    assertTrue(
        cli.err().contains("vanban: indexing into " + NO_OPENSEARCH + " index vanban failed: "),
        cli.err());
  }

  @Test
  void ingestingInTheClusterNamesTheIndexItCannotWrite() throws IOException {
    TestCorpus.write(dir);
    assertEquals(
        1,
        cli.run(
            "index",
            dir.toString(),
            "--opensearch",
            NO_OPENSEARCH,
            "--opensearch-index",
            "docs",
            "--ingest-in-cluster"));
    assertTrue(
        cli.err().contains("vanban: indexing into " + NO_OPENSEARCH + " index docs failed: "),
        cli.err());
  }

  @Test
  void ingestingInTheClusterNeedsAnOpenSearchUrl() throws IOException {
    TestCorpus.write(dir);
    Path index = dir.resolve("index");
    assertEquals(
        2, cli.run("index", dir.toString(), "--index", index.toString(), "--ingest-in-cluster"));
    assertTrue(cli.err().contains("--ingest-in-cluster needs --opensearch URL"), cli.err());
    assertTrue(!index.toFile().exists(), "no local index was made");
  }
}
