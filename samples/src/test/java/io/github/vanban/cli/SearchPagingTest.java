package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code search --offset}: the next page of hits, numbered where the first page stopped. */
class SearchPagingTest extends IndexedCorpusFixture {

  @Test
  void theSecondPageHoldsTheSecondHit() {
    assertEquals(0, cli.run("search", "kinh tế di sản", "--index", index));
    List<String> all = ranked(cli.out());
    assertEquals(3, all.size(), cli.out());
    assertEquals(
        0, cli.run("search", "kinh tế di sản", "-n", "1", "--offset", "1", "--index", index));
    assertEquals(List.of(all.get(1)), ranked(cli.out()));
    assertTrue(cli.out().startsWith("3 documents match"), cli.out());
    assertEquals(2, cli.run("search", "x", "--offset", "-1", "--index", index));
  }

  private static List<String> ranked(String out) {
    return out.lines().filter(l -> l.matches(" ?\\d+\\. .*")).toList();
  }
}
