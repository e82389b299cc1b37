package io.github.vanban.opensearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.opensearch.Version;
import org.opensearch.bootstrap.JarHell;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.semver.SemverRange;
import org.opensearch.test.OpenSearchTestCase;

/**
 * The zip {@code ./mvnw package} builds, checked as {@code bin/opensearch-plugin install} checks
 * it: a descriptor the node accepts for every 2.19 release and no other line, our jars and their
 * libraries inside, nothing the node already has (no class twice between the zip and the server's
 * class path).
 */
public class PluginZipIT extends OpenSearchTestCase {

  private static final Path ZIP = Path.of(System.getProperty("vanban.zip"));

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

  private Path unzip() throws IOException {
    Path dir = createTempDir("plugin");
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
