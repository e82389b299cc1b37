package io.github.vanban.opensearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.opensearch.Version;
import org.opensearch.bootstrap.JarHell;
import org.opensearch.common.util.io.IOUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.semver.SemverRange;
import org.opensearch.test.OpenSearchTestCase;

/**
 * The zip {@code ./mvnw package} builds, checked as {@code bin/opensearch-plugin install} checks
 * it: a descriptor the node accepts for every 2.19 release and no other line, our jars and their
 * libraries inside, nothing the node already has (no class twice between the zip and the server's
 * class path); and loaded as a node loads an installed plugin, from the zip's jars alone in a class
 * loader of their own, where its processor and analyzer work. (The cluster tests load the plugin
 * from the class path: the test framework starts nodes with class-path plugins.)
 */
public class PluginZipIT extends OpenSearchTestCase {

  private static final Path ZIP = Path.of(System.getProperty("vanban.zip"));

  private static final Path SAMPLES = VanbanClusterTestCase.SAMPLES;

  /** Where the build lets the plugin be unpacked with its permissions (test.policy). */
  private static final Path PLUGIN_DIR = Path.of(System.getProperty("vanban.plugin.dir"));

  public void testTheDescriptorAcceptsThe219LineOnly() throws IOException {
    PluginInfo info = PluginInfo.readFromProperties(unzip());
    assertThat(info.getName(), equalTo("vanban"));
    assertThat(info.getClassname(), equalTo(VanbanPlugin.class.getName()));
    SemverRange range = info.getOpenSearchVersionRanges().get(0);
    assertTrue(Version.CURRENT + " is in " + range, range.isSatisfiedBy(Version.CURRENT));
    for (String accepted : List.of("2.19.0", "2.19.4", "2.19.6", "2.19.9")) {
      assertTrue(accepted, range.isSatisfiedBy(accepted));
    }
    for (String refused : List.of("2.18.0", "2.20.0", "3.0.0")) {
      assertFalse(refused, range.isSatisfiedBy(refused));
    }
  }

  public void testTheZipHoldsOurJarsAndNothingTheNodeHas() throws Exception {
    Path dir = unzip();
    List<String> names = new ArrayList<>();
    Set<URL> urls = new HashSet<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
        names.add(p.getFileName().toString());
        urls.add(p.toUri().toURL());
      }
    }
    assertThat(
        names.stream().map(n -> n.replaceAll("-\\d.*", "")).toList(),
        hasItems(
            "vanban-opensearch",
            "vanban-analysis",
            "vanban-core",
            "vanban-extract",
            "vanban-search",
            "pdfbox",
            "poi"));
    for (String name : names) {
      assertFalse(
          name,
          name.startsWith("opensearch-")
              || name.startsWith("lucene-")
              || name.startsWith("jackson-")
              || name.startsWith("log4j-")
              || name.startsWith("http"));
    }
    // The node's class path: this JVM's, without what the zip brings itself.
    for (URL url : JarHell.parseClassPath()) {
      String file = Path.of(url.toURI()).getFileName().toString();
      if (file.endsWith(".jar") && !names.contains(file) && !file.startsWith("vanban-")) {
        urls.add(url);
      }
    }
    JarHell.checkJarHell(urls, logger::debug);
  }

  /**
   * The plugin as a node loads it from the installed zip: the descriptor's class from the zip's
   * jars, in a class loader of its own over the node's class path only (no vanban class, no library
   * of the zip, no client library), as PluginsService does. Its processor reads a PDF, a DOCX and
   * an HTML file with the zip's own PDFBox, POI and jsoup and writes what the plugin on the class
   * path writes; its analyzer folds Vietnamese.
   */
  public void testThePluginLoadsFromTheZipAloneAndReadsFiles() throws Exception {
    // Unpacked where the test policy grants the plugin's permissions, as a node does.
    Path dir = PLUGIN_DIR.resolve("vanban");
    IOUtils.rm(dir);
    if (!Files.isDirectory(PLUGIN_DIR)) {
      Files.createDirectory(PLUGIN_DIR);
    }
    unzip(Files.createDirectory(dir));
    assertThat(
        permissions(Files.readString(dir.resolve("plugin-security.policy"))),
        equalTo(grantedToTheUnpackedZip()));
    PluginInfo info = PluginInfo.readFromProperties(dir);
    try (URLClassLoader loader = ZipClassLoaders.plugin(dir)) {
      Class<?> type = Class.forName(info.getClassname(), true, loader);
      assertSame(loader, type.getClassLoader());
      assertNotSame(VanbanPlugin.class, type);
      Plugin plugin = (Plugin) type.getConstructor().newInstance();
      for (String library : List.of("org.apache.pdfbox.Loader", "org.jsoup.Jsoup")) {
        assertSame(library, loader, Class.forName(library, false, loader).getClassLoader());
      }
      Processor.Factory zipFactory = ((IngestPlugin) plugin).getProcessors(null).get("vanban");
      Processor fromZip = zipFactory.create(Map.of(), "zip", null, config());
      assertSame(loader, fromZip.getClass().getClassLoader());
      Processor fromClassPath =
          new VanbanProcessor.Factory().create(Map.of(), "cp", null, config());
      for (String file :
          List.of("nq-12-2024-hdnd-tinh.pdf", "bc-ubnd-kinhte-2024.docx", "tin-bai-html.html")) {
        Object expected = fromClassPath.execute(document(file)).getFieldValue("vanban", Map.class);
        Object actual =
            onNodeThread(loader, () -> fromZip.execute(document(file)))
                .getFieldValue("vanban", Map.class);
        assertThat(file, actual, equalTo(expected));
        assertThat(file, ((Map<?, ?>) actual).get("format"), notNullValue());
      }
      assertThat(
          ((AnalysisPlugin) plugin)
              .getPreBuiltAnalyzerProviderFactories().stream().map(f -> f.getName()).toList(),
          equalTo(List.of("vanban_exact", "vanban_folded", "vanban_folded_bigrams")));
      assertThat(terms(loader, "Kinh tế Đà Nẵng"), equalTo(List.of("kinh", "te", "da", "nang")));
    }
  }

  /**
   * Runs {@code action} with the node's class loader (the parent of the plugin's) as the thread's
   * context class loader, as on a node's threads.
   */
  private static <T> T onNodeThread(URLClassLoader plugin, Callable<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(plugin.getParent());
    try {
      return action.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Map<String, Object> config() {
    return new HashMap<>(Map.of("field", "data"));
  }

  private static IngestDocument document(String file) throws IOException {
    String data = Base64.getEncoder().encodeToString(Files.readAllBytes(SAMPLES.resolve(file)));
    return new IngestDocument("i", file, null, null, null, new HashMap<>(Map.of("data", data)));
  }

  /** The terms of the zip's folded analyzer, built from the zip's classes. */
  private static List<String> terms(ClassLoader loader, String text) throws Exception {
    Class<?> analyzer = Class.forName("io.github.vanban.analysis.VietnameseAnalyzer", true, loader);
    Class<?> mode = Class.forName(analyzer.getName() + "$Mode", true, loader);
    List<String> terms = new ArrayList<>();
    try (Analyzer a =
            (Analyzer)
                analyzer.getConstructor(mode).newInstance(mode.getField("FOLDED").get(null));
        TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  /** The permissions of a policy text. */
  private static Set<String> permissions(String policy) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("permission\\s+[^;]+;").matcher(policy);
    while (m.find()) {
      out.add(m.group().replaceAll("\\s+", " "));
    }
    return out;
  }

  /** The permissions the test policy grants the jars of the unpacked zip. */
  private static Set<String> grantedToTheUnpackedZip() throws IOException {
    String policy;
    try (InputStream in =
        PluginZipIT.class.getResourceAsStream("/org/opensearch/bootstrap/test.policy")) {
      policy = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String block =
        policy.substring(policy.indexOf("grant codeBase \"file:${vanban.plugin.dir}/-\""));
    return permissions(block.substring(0, block.indexOf("};")));
  }

  private Path unzip() throws IOException {
    return unzip(createTempDir("plugin"));
  }

  /** Unpacks the zip into the folder {@code dir}, which exists. */
  private static Path unzip(Path dir) throws IOException {
    try (InputStream in = Files.newInputStream(ZIP);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path target = dir.resolve(e.getName()).normalize();
        assertTrue(e.getName(), target.startsWith(dir) && !e.isDirectory());
        Files.copy(zip, target);
      }
    }
    return dir;
  }
}
