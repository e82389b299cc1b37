package io.github.vanban.extract.office;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every DOC, DOCX, RTF and HTML file of the evaluation corpus either extracts to text whose blocks
 * lie inside it, or fails with a reason code; none throws anything else.
 */
class OfficeCorpusTest {

  static Stream<Path> corpusFiles() throws IOException {
    Path corpus = EvalDir.root().resolve("corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches(".*\\.(docx?|rtf|html?)$"))
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 30, "corpus files found: " + files.size());
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void extractsOrFailsWithAReason(Path file) {
    try {
      ExtractedDocument doc = Extractors.standard().extract(file, ExtractContext.DEFAULT);
      assertFalse(doc.text().isBlank(), "blank text");
      assertTrue(doc.blocks().stream().allMatch(b -> b.span().end() <= doc.text().length()));
      assertFalse(doc.text().contains("\uFFFD"), "replacement characters in " + file);
    } catch (ExtractionException e) {
      assertTrue(e.reason() != null && !e.getMessage().isBlank(), "reason and message");
    }
  }
}
