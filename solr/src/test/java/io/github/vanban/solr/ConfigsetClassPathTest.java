package io.github.vanban.solr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.vanban.analysis.VietnameseSyllableTokenizerFactory;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The configset's analysis needs nothing on a Solr node but what docs/SOLR.md says to install: its
 * field types are built from {@code schema.xml} in a class loader holding only Solr's Lucene
 * ({@code lucene-core}, {@code lucene-analysis-common}) and the classes of vanban-analysis and
 * vanban-core, with none of their other dependencies (the MiniSolrCloudCluster of {@link
 * SamplesCluster} runs on the whole test class path, which would hide a missing jar).
 */
public class ConfigsetClassPathTest {

  private static URLClassLoader node;
  private static BiFunction<String, String, List<String>> analyze;

  @BeforeClass
  @SuppressWarnings("unchecked")
  public static void loadTheConfigsetAsANodeWould() throws Exception {
    node =
        new URLClassLoader(
            new URL[] {
              location(Analyzer.class),
              location(CustomAnalyzer.class),
              location(VietnameseSyllableTokenizerFactory.class),
              location(DocumentNumbers.class),
              // Only for ConfigsetAnalyzers, which reads the schema inside the loader.
              location(ConfigsetAnalyzers.class)
            },
            ClassLoader.getPlatformClassLoader());
    Path schema = Path.of("configsets", "vanban", "conf", "schema.xml").toAbsolutePath();
    assertTrue("no configset at " + schema, Files.isRegularFile(schema));
    analyze =
        (BiFunction<String, String, List<String>>)
            node.loadClass(ConfigsetAnalyzers.class.getName())
                .getConstructor(Path.class)
                .newInstance(schema);
  }

  @AfterClass
  public static void close() throws Exception {
    node.close();
    node = null;
    analyze = null;
  }

  private static URL location(Class<?> c) {
    return c.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  public void theLoaderHoldsNoneOfTheOtherDependencies() {
    assertNotEquals(
        "the analyzers come from the node's loader", ConfigsetAnalyzers.class, analyze.getClass());
    for (String absent :
        List.of(
            "com.fasterxml.jackson.core.JsonFactory",
            "opennlp.tools.sentdetect.SentenceDetectorME",
            "io.github.vanban.extract.Extractors",
            "io.github.vanban.search.index.IndexFields")) {
      assertThrows(absent, ClassNotFoundException.class, () -> node.loadClass(absent));
    }
  }

  @Test
  public void theExactTextTypeKeepsDiacritics() {
    assertEquals(
        List.of("kinh", "tế", "di", "sản", "năm", "2025"),
        analyze.apply("text_vi", "Kinh tế di sản năm 2025"));
  }

  @Test
  public void theFoldedTextTypeDropsThem() {
    List<String> folded = List.of("kinh", "te", "di", "san");
    assertEquals(folded, analyze.apply("text_vi_folded", "Kinh tế di sản"));
    assertEquals(folded, analyze.apply("text_vi_folded", "KINH TẾ DI SẢN"));
    assertEquals(folded, analyze.apply("text_vi_folded", "kinh te di san"));
  }

  @Test
  public void theBigramTypeMakesPairsOfFoldedSyllables() {
    assertEquals(
        List.of("kinh te", "te di", "di san"), analyze.apply("text_vi_bigrams", "Kinh tế di sản"));
  }

  @Test
  public void theDocumentNumberTypeGivesOneTermForEverySpelling() {
    for (String spelling :
        List.of("12/NQ-HĐND", "12/nq-hđnd", "12/nq-hdnd", "0012 / NQ – HĐND", "012/NQ\u2011HĐND")) {
      assertEquals(spelling, List.of("12/NQ-HDND"), analyze.apply("document_number", spelling));
    }
  }

  @Test
  public void theTypeKeyFoldsTheAbbreviation() {
    for (String spelling : List.of("QĐ", "qđ", "qd", " QD ")) {
      assertEquals(spelling, List.of("qd"), analyze.apply("type_key", spelling));
    }
  }
}
