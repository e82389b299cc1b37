package io.github.vanban.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.opensearch.bootstrap.JarHell;

/**
 * Class loaders that load an unpacked plugin zip as a node does: the plugin's jars in a loader of
 * their own whose parent sees only what a node has, that is this JVM's class path without vanban's
 * classes, the libraries the zip brings and the client's libraries (Jackson databind, the REST
 * client and its HTTP libraries), which a node does not have. So a class or resource the plugin
 * needs but the zip lacks is missing here too.
 */
final class ZipClassLoaders {

  /** Class path jars a node does not have although they are not in the zip: the client's. */
  private static final List<String> CLIENT_ONLY =
      List.of("jackson-databind", "jackson-annotations", "opensearch-rest-client", "http");

  private ZipClassLoaders() {}

  /** Returns a loader for the jars of {@code pluginDir} over the node's class path. */
  static URLClassLoader plugin(Path pluginDir) throws IOException {
    List<URL> jars = new ArrayList<>();
    try (var files = Files.list(pluginDir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
        jars.add(p.toUri().toURL());
      }
    }
    Set<String> zipJars =
        Set.copyOf(jars.stream().map(u -> Path.of(u.getPath()).getFileName().toString()).toList());
    return new URLClassLoader(jars.toArray(URL[]::new), new NodeClassPath(zipJars));
  }

  /** The application class loader, with the class path entries a node lacks hidden. */
  private static final class NodeClassPath extends ClassLoader {

    private final ClassLoader platform = ClassLoader.getPlatformClassLoader();
    private final List<Path> hidden = new ArrayList<>();

    NodeClassPath(Set<String> zipJars) {
      super(ClassLoader.getSystemClassLoader());
      for (URL url : JarHell.parseClassPath()) {
        Path entry = path(url);
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)
            || zipJars.contains(name)
            || name.startsWith("vanban-")
            || CLIENT_ONLY.stream().anyMatch(name::startsWith)) {
          hidden.add(entry);
        }
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      try {
        // The runtime's classes straight from the platform loader: through the application loader
        // the security manager would check this test's right to the JDK's internal packages.
        return platform.loadClass(name);
      } catch (ClassNotFoundException notTheRuntimes) {
        // a class of the class path
      }
      URL file = getParent().getResource(name.replace('.', '/') + ".class");
      if (file != null && isHidden(file)) {
        throw new ClassNotFoundException(name + " is not on a node's class path");
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      try {
        Enumeration<URL> all = getResources(name);
        return all.hasMoreElements() ? all.nextElement() : null;
      } catch (IOException e) {
        return null;
      }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      List<URL> visible = new ArrayList<>();
      for (URL url : Collections.list(getParent().getResources(name))) {
        if (!isHidden(url)) {
          visible.add(url);
        }
      }
      return Collections.enumeration(visible);
    }

    /**
     * Whether a resource URL ({@code jar:file:...!/x} or {@code file:...}) is in a hidden entry.
     */
    private boolean isHidden(URL url) {
      String s = url.toString();
      if (s.startsWith("jar:file:")) {
        s = s.substring(4, s.indexOf("!/"));
      } else if (!s.startsWith("file:")) {
        return false; // the runtime's own classes (jrt:)
      }
      Path location = Path.of(URI.create(s));
      return hidden.stream().anyMatch(location::startsWith);
    }

    private static Path path(URL url) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a file on the class path: " + url, e);
      }
    }
  }
}
