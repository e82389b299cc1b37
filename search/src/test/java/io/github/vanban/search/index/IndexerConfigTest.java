package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each wither changes its own values and leaves every other value of the configuration as is. */
class IndexerConfigTest {

  private static final IndexerConfig BASE = IndexerConfig.DEFAULT;
  private static final int THREADS = BASE.threads() + 1;
  private static final Duration INTERVAL = Duration.ofMinutes(3);
  private static final Pipeline PIPELINE = DefaultPipeline.create();
  private static final LayerMappings MAPPINGS =
      LayerMappings.STANDARD.with(
          Layer.DATES, LayerMappings.STANDARD.fieldsOf(Layer.DATES).orElseThrow());
  private static final Extractors EXTRACTORS = Extractors.of(List.of());
  private static final ExtractContext CONTEXT = ExtractContext.DEFAULT.withOcr(OcrMode.OFF);
  private static final List<Path> EXCLUDED = List.of(Path.of("bao-cao.json"));
  private static final FileSelection SELECTION =
      new FileSelection(List.of("nq/**"), List.of("*.json"));

  static Stream<Arguments> withers() {
    return Stream.of(
        row("withThreads", c -> c.withThreads(THREADS), Map.of("threads", THREADS)),
        row(
            "withCommits",
            c -> c.withCommits(INTERVAL, 7),
            Map.of("commitInterval", INTERVAL, "commitEvery", 7)),
        row("withPipeline", c -> c.withPipeline(PIPELINE), Map.of("pipeline", PIPELINE)),
        row("withMappings", c -> c.withMappings(MAPPINGS), Map.of("mappings", MAPPINGS)),
        row("withExtractors", c -> c.withExtractors(EXTRACTORS), Map.of("extractors", EXTRACTORS)),
        row(
            "withExtractContext",
            c -> c.withExtractContext(CONTEXT),
            Map.of("extractContext", CONTEXT)),
        row("withRebuild", c -> c.withRebuild(true), Map.of("rebuild", true)),
        row("withPrune", c -> c.withPrune(true), Map.of("prune", true)),
        row("withSelection", c -> c.withSelection(SELECTION), Map.of("selection", SELECTION)),
        row("withExcluded", c -> c.withExcluded(EXCLUDED), Map.of("excluded", EXCLUDED)));
  }

  private static Arguments row(
      String wither, UnaryOperator<IndexerConfig> change, Map<String, Object> changed) {
    return Arguments.of(wither, change, changed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withers")
  void aWitherChangesItsValuesAndKeepsTheOthers(
      String wither, UnaryOperator<IndexerConfig> change, Map<String, Object> changed)
      throws ReflectiveOperationException {
    IndexerConfig next = change.apply(BASE);
    for (RecordComponent component : IndexerConfig.class.getRecordComponents()) {
      String name = component.getName();
      Object before = component.getAccessor().invoke(BASE);
      Object after = component.getAccessor().invoke(next);
      if (changed.containsKey(name)) {
        assertNotEquals(before, changed.get(name), wither + ": the row must change " + name);
        assertEquals(changed.get(name), after, wither + " sets " + name);
      } else {
        assertEquals(before, after, wither + " keeps " + name);
      }
    }
  }
}
