package io.github.vanban.bench.query;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.recognize.metric.Indicator;
import io.github.vanban.core.recognize.metric.IndicatorLexicon;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.SearchQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The queries the benchmarks run, drawn from a seed: document numbers from a generated folder's
 * manifest (its own and cited numbers, in the spellings users type), metric queries for every
 * indicator of the bundled lexicon with a year, and full-text queries with and without diacritics,
 * some with filters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numbers document numbers
 * @param metrics metric queries, each with a period
 * @param texts full-text queries
 */
public record QueryWorkload(
    List<String> numbers, List<MetricQuery> metrics, List<SearchQuery> texts) {

  private static final List<String> PHRASES =
      List.of(
          "chuyển đổi số",
          "giải phóng mặt bằng",
          "thu ngân sách nhà nước",
          "cải cách hành chính",
          "khách du lịch",
          "nông thôn mới",
          "phòng, chống tham nhũng",
          "chuyen doi so",
          "dau tu cong",
          "đầu tư trực tiếp nước ngoài",
          "an sinh xã hội",
          "\"kinh tế số\"",
          "đào tạo OR bồi dưỡng",
          "hạ tầng giao thông đô thị");

  /** Copies the lists. */
  public QueryWorkload {
    numbers = List.copyOf(numbers);
    metrics = List.copyOf(metrics);
    texts = List.copyOf(texts);
  }

  /** Draws {@code size} queries of each kind from the manifest of a generated folder. */
  public static QueryWorkload of(Path manifest, int size, long seed) throws IOException {
    Random r = new Random(seed);
    List<String> known = numbers(manifest);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String n = known.get(r.nextInt(known.size()));
      numbers.add(r.nextBoolean() ? n : n.toLowerCase(java.util.Locale.ROOT).replace('đ', 'd'));
    }
    List<Indicator> indicators = IndicatorLexicon.bundled().indicators();
    List<MetricQuery> metrics = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String year = Integer.toString(2016 + r.nextInt(10));
      metrics.add(
          MetricQuery.of(indicators.get(r.nextInt(indicators.size())).id())
              .withPeriod(DateValue.parse(year)));
    }
    List<SearchQuery> texts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      texts.add(text(r));
    }
    return new QueryWorkload(numbers, metrics, texts);
  }

  /** Returns every indicator without a period: each query reads all its mentions. */
  public static List<MetricQuery> unfilteredMetrics() {
    return IndicatorLexicon.bundled().indicators().stream()
        .map(i -> MetricQuery.of(i.id()))
        .toList();
  }

  private static SearchQuery text(Random r) {
    SearchQuery q = SearchQuery.of(PHRASES.get(r.nextInt(PHRASES.size())));
    return switch (r.nextInt(4)) {
      case 0 -> q.withType("NQ");
      case 1 -> q.withIssued(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
      default -> q;
    };
  }

  private static List<String> numbers(Path manifest) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      out.add(line.split("\t")[2]);
    }
    if (out.isEmpty()) {
      throw new IOException("no documents in " + manifest);
    }
    return out;
  }
}
