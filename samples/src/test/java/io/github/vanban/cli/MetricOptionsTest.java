package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The indicator and status options as a new user types them: a Vietnamese label instead of the id,
 * a status in lower case, a value that is not a number; and the command listing indicators.
 */
class MetricOptionsTest extends IndexedCorpusFixture {

  @Test
  void statusIsCaseInsensitiveLikeIndicators() {
    assertEquals(0, cli.run("metric", "FDI", "--status", "ACTUAL", "--index", index, "--json"));
    String upper = cli.out();
    assertEquals(0, cli.run("metric", "fdi", "--status", "actual", "--index", index, "--json"));
    assertEquals(upper, cli.out());
  }

  @Test
  void aVietnameseLabelNamesItsIndicator() {
    assertEquals(0, cli.run("metric", "fdi", "--index", index, "--json"));
    String byId = cli.out();
    assertEquals(0, cli.run("metric", "Thu hút FDI", "--index", index, "--json"));
    assertEquals(byId, cli.out());
    assertEquals(
        0, cli.run("metric", "von dau tu truc tiep nuoc ngoai", "--index", index, "--json"));
    assertEquals(byId, cli.out());
  }

  @Test
  void aValueThatIsNotANumberIsAUsageError() {
    assertEquals(2, cli.run("metric", "fdi", "--min", "NaN", "--index", index));
    assertEquals("vanban: --min and --max must be numbers, not NaN\n", cli.err());
    assertEquals(2, cli.run("metric", "fdi", "--max", "Infinity", "--index", index));
  }

  @Test
  void indicatorsAreListedWithTheirLabels() {
    assertEquals(0, cli.run("indicators"));
    assertTrue(cli.out().startsWith("ID"), cli.out());
    assertTrue(
        cli.out().lines().anyMatch(l -> l.startsWith("fdi ") && l.contains("Thu hút FDI")),
        cli.out());
  }
}
