package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.testing.IndexChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile files, one batch: the {@link HostileFolder} is indexed once by a child JVM limited to
 * {@code -Xmx256m} ({@link HostileChild}, default configuration, OCR off), and each file must end
 * with its expected outcome: indexed, or a reason code with a clear message in the report. The rest
 * of the batch is indexed, the index passes {@link CheckIndex}, no path in the report leaves the
 * root, and the run leaves no thread alive.
 */
class HostileFilesTest {

  /** Outcome of a file that was indexed. */
  private static final String INDEXED = "INDEXED";

  @TempDir static Path dir;

  static Path index;
  static Map<String, String[]> failures = new HashMap<>();
  static List<String> threadsLeft;
  static String childErrors;

  @BeforeAll
  static void indexTheHostileFolder() throws Exception {
    Path docs = dir.resolve("docs");
    HostileFolder.write(docs, dir.resolve("outside"));
    index = dir.resolve("index");
    Path report = dir.resolve("report.jsonl");
    Path threads = dir.resolve("threads.txt");
    Path log = dir.resolve("child.log");
    Process child = HostileChild.start(docs, index, report, threads, log);
    boolean ended = child.waitFor(150, TimeUnit.SECONDS);
    childErrors = Files.readString(log);
    if (!ended) {
      child.destroyForcibly();
    }
    assertTrue(ended, "the indexing child did not end in 150 s");
    assertEquals(0, child.exitValue(), "the child failed under -Xmx256m:\n" + tail(childErrors));
    readReport(report);
    threadsLeft = Files.readAllLines(threads);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zero-byte.txt | NO_TEXT | the file is empty",
        "pdf_truncated.pdf | CORRUPT | damaged PDF",
        "pdf_broken-xref.pdf | INDEXED |",
        "pdf_encrypted-user-password.pdf | ENCRYPTED | password",
        "pdf_encrypted-owner-password-only.pdf | INDEXED |",
        "pdf_garbage-text-layer.pdf | INDEXED |",
        "pdf_1000-pages.pdf | INDEXED |",
        "pdf_100000-tiny-text-runs.pdf | INDEXED |",
        "pdf_really-html.pdf | INDEXED |",
        "docx_zip-bomb.docx | TOO_LARGE | safety limits",
        "docx_billion-laughs.docx | CORRUPT | DOCTYPE",
        "docx_missing-document-xml.docx | UNSUPPORTED | ",
        "docx_well-formed.docx | INDEXED |",
        "docx_zstd-compressed-entry.docx | UNSUPPORTED | zstd",
        "doc_really-rtf.doc | INDEXED |",
        "html_nested-100000-levels.html | INDEXED |",
        "html_200mb-one-line.html | TOO_LARGE | over the limit",
        "txt_invalid-utf8.txt | INDEXED |",
        "txt_mixed-tcvn3-unicode.txt | INDEXED |",
        "txt_nul-filled-tail.txt | INDEXED |",
        "lien-ket/vong-lap | UNREADABLE | symbolic link, not followed",
        "lien-ket/ra-ngoai.txt | UNREADABLE | symbolic link, not followed",
        "ong-dan.txt | UNREADABLE | named pipe",
        "thu-muc.pdf/ben-trong.txt | INDEXED |",
      })
  void eachFileEndsWithItsOutcome(String id, String expected, String message) throws IOException {
    String[] failure = failures.get(id);
    if (expected.equals(INDEXED)) {
      assertEquals(null, failure == null ? null : String.join(": ", failure), id);
      assertEquals(1, documentsOf(id), id + " is not in the index once");
    } else {
      assertTrue(failure != null, id + " should fail with " + expected + " but was indexed");
      assertEquals(expected, failure[0], id + ": " + failure[1]);
      if (message != null) {
        assertTrue(failure[1].contains(message), id + ": " + failure[1]);
      }
    }
  }

  @Test
  void theNameInNfdWithSpacesIsIndexedUnderItsName() throws IOException {
    String id = Normalizer.normalize(HostileFolder.NFD_NAME, Normalizer.Form.NFD);
    assertFalse(failures.containsKey(id), String.valueOf(failures.keySet()));
    assertEquals(1, hits("\"5/NQ-HĐND\""));
  }

  @Test
  void nothingOutsideTheFolderReachesTheIndexOrTheReport() throws IOException {
    assertEquals(0, hits(HostileFolder.OUTSIDE_SECRET));
    for (Map.Entry<String, String[]> f : failures.entrySet()) {
      assertFalse(f.getKey().startsWith("/") || f.getKey().contains(".."), f.getKey());
      assertFalse(f.getValue()[1].contains(dir.toString()), String.join(": ", f.getValue()));
    }
  }

  @Test
  void theIndexIsConsistent() throws IOException {
    IndexChecks.assertConsistent(index);
  }

  @Test
  void theRunLeavesNoThreadAlive() {
    assertEquals(List.of(), threadsLeft);
  }

  private static int documentsOf(String id) throws IOException {
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      BooleanQuery q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexFields.SOURCE, id)), BooleanClause.Occur.FILTER)
              .add(
                  new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)),
                  BooleanClause.Occur.FILTER)
              .build();
      return new IndexSearcher(r).count(q);
    }
  }

  private static long hits(String query) throws IOException {
    try (Index i = Index.open(index)) {
      return i.search(SearchQuery.of(query)).total();
    }
  }

  private static void readReport(Path report) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(report.toFile())) {
      Map<String, String> fields = new HashMap<>();
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          fields.put(p.currentName(), p.getText());
        } else if (t == JsonToken.END_OBJECT) {
          failures.put(
              fields.get("source"), new String[] {fields.get("reason"), fields.get("message")});
        }
      }
    }
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 4000));
  }
}
