package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Solr options of the command line, against an address where no Solr listens (the queries
 * themselves are checked on a real cluster in the solr module's SolrQueryTest and SolrIndexTest).
 */
class SolrCommandTest {

  /** A loopback port nothing listens on: every request is refused at once. */
  private static final String NO_SOLR = "http://127.0.0.1:9/solr";

  @TempDir Path dir;

  final Cli cli = new Cli();

  @Test
  void setupRejectsAShardCountBelowOne() {
    assertEquals(2, cli.run("solr", "setup", NO_SOLR, "--shards", "0"));
    assertTrue(cli.err().contains("shards 0 and replicas 1 must be >= 1"), cli.err());
  }

  @Test
  void solrWithoutASubcommandIsBadUsage() {
    assertEquals(2, cli.run("solr"));
  }

  @Test
  void setupReportsAClusterItCannotReach() {
    assertEquals(1, cli.run("solr", "setup", NO_SOLR));
    assertTrue(cli.err().contains(NO_SOLR), cli.err());
  }

  @Test
  void aQueryNamesTheCollectionItCannotRead() {
    assertEquals(1, cli.run("stats", "--solr", NO_SOLR, "--collection", "docs"));
    assertTrue(
        cli.err().startsWith("vanban: cannot read the index at " + NO_SOLR + " collection docs: "),
        cli.err());
  }

  /** Each query command takes --solr and --collection and asks that collection, not an index. */
  @ParameterizedTest
  @ValueSource(
      strings = {"number 12/NQ-HĐND", "metric fdi --period 2025", "search kinh_te", "stats"})
  void everyQueryCommandAsksTheCollection(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--solr", NO_SOLR, "--collection", "docs", "--json"));
    assertEquals(1, cli.run(args.toArray(String[]::new)), cli.err());
    assertTrue(
        cli.err().startsWith("vanban: cannot read the index at " + NO_SOLR + " collection docs: "),
        cli.err());
  }

  @Test
  void indexingNamesTheCollectionItCannotWrite() throws IOException {
    TestCorpus.write(dir);
    assertEquals(1, cli.run("index", dir.toString(), "--solr", NO_SOLR));
    assertTrue(
        cli.err().contains("vanban: indexing into " + NO_SOLR + " collection vanban failed: "),
        cli.err());
  }
}
