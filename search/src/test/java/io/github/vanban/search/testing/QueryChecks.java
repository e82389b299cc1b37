package io.github.vanban.search.testing;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.IndexQueries;
import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.QueryJsonWriter;
import io.github.vanban.search.query.SearchQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The queries the Solr and OpenSearch cluster tests send to an engine holding the sample folder,
 * and the check that it answers each with the JSON the local index of the same folder prints.
 * Throws plain {@link AssertionError}s, so that JUnit 4 and 5 tests alike can call it.
 */
public final class QueryChecks {

  /** Document numbers of the samples, in several spellings. */
  public static final List<String> NUMBERS =
      List.of("12/nq-hdnd", "205/NQ-HĐND", "05-NQ/TU", "0012 / NQ – HĐND");

  /** Metric queries with a match each: all rows, a period and status, a value range, pages. */
  public static final List<MetricQuery> METRICS =
      List.of(
          MetricQuery.of("grdp_growth").withAllFrom(0),
          MetricQuery.of("fdi"),
          MetricQuery.of("fdi").withPeriod(DateValue.parse("2025")).withStatus(MetricStatus.TARGET),
          MetricQuery.of("grdp_growth").withValues(9.0, null).withPage(1, 2),
          MetricQuery.of("grdp_growth").withPage(0, 0));

  /** Searches with a match each: folded words, a filter, a phrase, operators, fields, a range. */
  public static final List<SearchQuery> SEARCHES =
      List.of(
          SearchQuery.of("kinh te di san"),
          SearchQuery.of("kinh tế di sản").withType("NQ"),
          SearchQuery.of("\"kinh tế di sản\""),
          SearchQuery.of("du lịch OR biển -đảo"),
          SearchQuery.of("cites:205/nq-hdnd"),
          SearchQuery.of("title:\"kế hoạch\" year:[2024 TO 2025]"),
          SearchQuery.of("dau tu*").withIssuer("uy ban nhan dan"),
          SearchQuery.of("").withIssued(LocalDate.of(2024, 1, 1), null));

  private static final QueryJsonWriter JSON = new QueryJsonWriter();

  private QueryChecks() {}

  /**
   * Opens an engine holding the sample folder.
   *
   * @param <E> the kind of engine
   */
  @FunctionalInterface
  public interface Opener<E extends SearchBackend> {

    /**
     * Opens the engine.
     *
     * @return the engine, closed by the caller
     * @throws IOException when it cannot be reached
     */
    E open() throws IOException;
  }

  /**
   * A check of an engine against the local index of the same folder.
   *
   * @param <E> the kind of engine
   */
  @FunctionalInterface
  public interface Check<E> {

    /**
     * Runs the check.
     *
     * @param local the local index
     * @param engine the engine
     * @throws IOException when either cannot be read
     */
    void run(Index local, E engine) throws IOException;
  }

  /**
   * Opens the local index and the engine, runs {@code check} on both, and closes them.
   *
   * @param <E> the kind of engine
   * @param localIndex the folder of the local index of the sample folder
   * @param engine opens the engine holding the same folder
   * @param check the assertions
   * @throws IOException when either cannot be opened or read
   */
  public static <E extends SearchBackend> void againstLocal(
      Path localIndex, Opener<E> engine, Check<E> check) throws IOException {
    try (Index local = Index.open(localIndex);
        E opened = engine.open()) {
      check.run(local, opened);
    }
  }

  /**
   * Asserts that {@code engine} prints the local JSON for each of {@link #NUMBERS} and finds each.
   *
   * @param local the local index of the sample folder
   * @param engine the engine holding the same folder
   * @throws IOException when either cannot be read
   */
  public static void assertNumbersAsLocal(IndexQueries local, IndexQueries engine)
      throws IOException {
    for (String number : NUMBERS) {
      check(number, JSON.write(local.number(number)), JSON.write(engine.number(number)));
      if (engine.number(number).number() == null) {
        throw new AssertionError(number + ": no document of that number");
      }
    }
  }

  /**
   * Asserts that {@code engine} prints the local JSON for each of {@link #METRICS}, each with rows.
   *
   * @param local the local index of the sample folder
   * @param engine the engine holding the same folder
   * @throws IOException when either cannot be read
   */
  public static void assertMetricsAsLocal(IndexQueries local, IndexQueries engine)
      throws IOException {
    for (MetricQuery q : METRICS) {
      check(q.toString(), JSON.write(local.metrics(q)), JSON.write(engine.metrics(q)));
      requireSome(q.toString(), engine.metrics(q).total());
    }
  }

  /**
   * Asserts that {@code engine} prints the local JSON for each query, each with hits.
   *
   * @param local the local index of the sample folder
   * @param engine the engine holding the same folder
   * @param queries the searches, such as {@link #SEARCHES}
   * @throws IOException when either cannot be read
   */
  public static void assertSearchesAsLocal(
      IndexQueries local, IndexQueries engine, List<SearchQuery> queries) throws IOException {
    for (SearchQuery q : queries) {
      check(q.toString(), JSON.write(local.search(q)), JSON.write(engine.search(q)));
      requireSome(q.toString(), engine.search(q).total());
    }
  }

  private static void requireSome(String what, long total) {
    if (total <= 0) {
      throw new AssertionError(what + ": no match");
    }
  }

  private static void check(String what, String expected, String actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }
}
