package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs every sample document in {@code samples/docs} through extraction and the pipeline and
 * compares the result with the hand-checked {@code NAME.expected.json} beside it, with the quality
 * bars of the real-format gold.
 */
class SampleDocumentsTest {

  private static final Path DOCS = Path.of("docs");
  private static final Map<String, Double> F1_BARS =
      Map.of("references", 0.95, "dates", 0.93, "figures", 0.90, "metrics", 0.75);
  private static final double HEADER_BAR = 0.90;
  private static final List<String> HEADER_FIELDS =
      List.of("number", "type", "issuer", "place", "issued", "subject", "signer");

  private final ObjectMapper json = new ObjectMapper();
  private final Extractors extractors = Extractors.standard();
  private final Pipeline pipeline = DefaultPipeline.create();
  private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

  private static List<Path> samplesWithExpectations() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      return files.filter(p -> Files.exists(Path.of(p + ".expected.json"))).sorted().toList();
    }
  }

  private JsonNode analyse(Path file) throws Exception {
    return json.readTree(
        writer.write(
            file.toString(), pipeline.analyze(extractors.extract(file, ExtractContext.DEFAULT))));
  }

  @Test
  void atLeastFourteenSamplesAndEveryReadableOneHasExpectations() throws IOException {
    List<Path> withExpectations = samplesWithExpectations();
    assertTrue(withExpectations.size() >= 14, "samples with expectations: " + withExpectations);
    List<Path> documents;
    try (Stream<Path> files = Files.list(DOCS)) {
      documents =
          files
              .filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
              .sorted()
              .toList();
    }
    assertTrue(documents.size() >= 14, "sample documents: " + documents);
    for (Path document : documents) {
      if (!withExpectations.contains(document)) {
        org.junit.jupiter.api.Assertions.assertThrows(
            ExtractionException.class,
            () -> extractors.extract(document, ExtractContext.DEFAULT),
            document + " is readable but has no " + document.getFileName() + ".expected.json");
      }
    }
  }

  @Test
  void samplesMeetTheQualityBars() throws Exception {
    Map<String, int[]> counts = new HashMap<>();
    int headerRight = 0;
    int headerTotal = 0;
    List<String> differences = new ArrayList<>();
    for (Path file : samplesWithExpectations()) {
      JsonNode expected = json.readTree(Path.of(file + ".expected.json").toFile());
      JsonNode actual = analyse(file);
      for (String category : MentionKeys.CATEGORIES) {
        Tally t =
            Tally.of(
                MentionKeys.keys(expected, category, true),
                MentionKeys.keys(actual, category, false));
        int[] c = counts.computeIfAbsent(category, k -> new int[3]);
        c[0] += t.truePositives();
        c[1] += t.extra().size();
        c[2] += t.missed().size();
        if (!t.missed().isEmpty() || !t.extra().isEmpty()) {
          differences.add(
              file.getFileName()
                  + " "
                  + category
                  + " missed "
                  + t.missed()
                  + " extra "
                  + t.extra());
        }
      }
      JsonNode header = expected.path("header");
      for (String field : HEADER_FIELDS) {
        String want = MentionKeys.headerValue(field, header.path(field));
        if (want != null) {
          headerTotal++;
          String got = MentionKeys.headerValue(field, actual.path("header").path(field));
          if (want.equals(got)) {
            headerRight++;
          } else {
            differences.add(
                file.getFileName() + " header." + field + " want " + want + " got " + got);
          }
        }
      }
    }
    List<String> below = new ArrayList<>();
    for (String category : MentionKeys.CATEGORIES) {
      int[] c = counts.get(category);
      double f1 = c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
      if (f1 < F1_BARS.get(category)) {
        below.add(category + " F1 " + String.format("%.3f", f1) + " < " + F1_BARS.get(category));
      }
    }
    double header = headerTotal == 0 ? 1 : (double) headerRight / headerTotal;
    if (header < HEADER_BAR) {
      below.add("header accuracy " + String.format("%.3f", header) + " < " + HEADER_BAR);
    }
    assertTrue(below.isEmpty(), below + "\n" + String.join("\n", differences));
  }

  @ParameterizedTest
  @CsvSource({
    "nq-12-2024-hdnd-tinh-encrypted.pdf, ENCRYPTED",
    "nq-12-2024-hdnd-tinh-truncated.pdf, CORRUPT",
    "empty.txt, NO_TEXT"
  })
  void unreadableSamplesFailWithTheirReason(String name, ExtractionException.Reason reason) {
    ExtractionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExtractionException.class,
            () -> extractors.extract(DOCS.resolve(name), ExtractContext.DEFAULT));
    assertEquals(reason, e.reason(), e.getMessage());
  }
}
