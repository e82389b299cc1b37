package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsCommandTest extends IndexedCorpusFixture {

  @Test
  void printsCountsByFacet() {
    assertEquals(0, cli.run("stats", "--index", index));
    // Dates and figures come from the real recognisers, so only their lines are checked.
    String out = cli.out().replaceAll("(dates|figures)( +)\\d+", "$1$2N");
    assertEquals(
        "Index "
            + index
            + "\n"
            + """
              documents   5
              references  5
              dates       N
              figures     N
              metrics     4
            By format
              5  txt
            By type
              2  NQ
              1  BC
            By year
              2  2024
              1  2025
            By issuer
              2  Hội đồng nhân dân tỉnh Quảng Ninh
              1  Ủy ban nhân dân tỉnh Quảng Ninh
            Metrics by indicator
              4  fdi
            """,
        out);
  }

  @Test
  void printsJson() {
    assertEquals(0, cli.run("stats", "--json", "--index", index));
    assertTrue(cli.out().startsWith("{\"documents\":5,\"references\":5,"), cli.out());
  }
}
