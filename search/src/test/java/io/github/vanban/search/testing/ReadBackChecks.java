package io.github.vanban.search.testing;

import io.github.vanban.search.DocumentStore;
import io.github.vanban.search.query.IndexedDocument;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that an engine reads the sample files back as the local index holding the same folder
 * does, as the Solr and OpenSearch cluster tests do. Throws plain {@link AssertionError}s, so that
 * JUnit 4 and 5 tests alike can call it.
 */
public final class ReadBackChecks {

  /** Sample files of three formats, each with a header and more than a hundred characters. */
  public static final List<String> SAMPLES =
      List.of("nq-12-2024-hdnd-tinh.pdf", "bc-ubnd-kinhte-2024.docx", "cv-ubnd-2025.pdf");

  private ReadBackChecks() {}

  /**
   * Asserts that {@code engine} gives each of {@link #SAMPLES} the document (text included) and the
   * summary {@code local} gives, and knows neither a file the folder lacks nor a source without its
   * extension.
   *
   * @param local the local index of the sample folder
   * @param engine the engine holding the same folder
   * @throws IOException when either cannot be read
   */
  public static void assertFilesReadBackAsLocal(DocumentStore local, DocumentStore engine)
      throws IOException {
    for (String source : SAMPLES) {
      Optional<IndexedDocument> document = engine.document(source);
      check(source + " document", local.document(source), document);
      check(source + " summary", local.summary(source), engine.summary(source));
      if (document.map(d -> d.text().length() <= 100).orElse(true)) {
        throw new AssertionError(source + ": no text of more than 100 characters: " + document);
      }
    }
    check("a file the folder lacks", Optional.empty(), engine.document("no-such-file.pdf"));
    check("a source without extension", Optional.empty(), engine.summary("nq-12-2024-hdnd-tinh"));
  }

  private static void check(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }
}
