package io.github.vanban.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.pipeline.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code core} depend on each other one way: no package cycle (a stage that needs
 * another package's fact reads its layer instead of calling into it). The dependencies are read
 * from the compiled classes with the JDK's {@code jdeps}, so a fully qualified name counts as much
 * as an import.
 */
class PackageGraphTest {

  private static final String ROOT = "io.github.vanban.core";

  /** A {@code jdeps -verbose:package} line: {@code from -> to location}. */
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+.*$");

  @Test
  void corePackagesFormNoCycle() throws URISyntaxException {
    Map<String, Set<String>> graph = packageGraph();
    assertTrue(graph.containsKey(ROOT + ".recognize.number"), graph.keySet().toString());
    assertTrue(graph.get(ROOT).contains(ROOT + ".pipeline"), graph.get(ROOT).toString());
    assertEquals(List.of(), cycles(graph));
  }

  @Test
  void referencesDoNotReadTheHeaderPackage() throws URISyntaxException {
    Set<String> numberNeeds = packageGraph().get(ROOT + ".recognize.number");
    assertTrue(!numberNeeds.contains(ROOT + ".recognize.header"), numberNeeds.toString());
  }

  @Test
  void findsEachCycleOnceWithItsPackagesSorted() {
    Map<String, Set<String>> graph =
        Map.of(
            "a", Set.of("b"),
            "b", Set.of("a", "c"),
            "c", Set.of("d"),
            "d", Set.of("e"),
            "e", Set.of("c"),
            "f", Set.of("a"));
    assertEquals(List.of(List.of("a", "b"), List.of("c", "d", "e")), cycles(graph));
  }

  @Test
  void findsNoCycleInATree() {
    Map<String, Set<String>> graph = Map.of("a", Set.of("b", "c"), "b", Set.of("c"));
    assertEquals(List.of(), cycles(graph));
  }

  /** Returns each package of core's compiled classes with the other core packages it uses. */
  private static Map<String, Set<String>> packageGraph() throws URISyntaxException {
    Path classes =
        Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("jdeps is missing: run the tests on a JDK"));
    StringWriter out = new StringWriter();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(out),
            "-verbose:package",
            "-filter:package",
            classes.toString());
    assertEquals(0, status, out.toString());
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (m.matches() && inCore(m.group(1)) && inCore(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    return graph;
  }

  private static boolean inCore(String pkg) {
    return pkg.equals(ROOT) || pkg.startsWith(ROOT + ".");
  }

  /**
   * Returns the cycles of {@code graph}: its strongly connected components of two or more packages
   * (Tarjan's algorithm), each sorted, in the order of their first package.
   */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Tarjan t = new Tarjan(graph);
    new TreeSet<>(graph.keySet()).forEach(t::visitIfNew);
    t.components.sort((x, y) -> x.get(0).compareTo(y.get(0)));
    return t.components;
  }

  /** The state of one run of Tarjan's strongly connected components. */
  private static final class Tarjan {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<List<String>> components = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    void visitIfNew(String v) {
      if (!index.containsKey(v)) {
        visit(v);
      }
    }

    private void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.push(v);
      onStack.add(v);
      for (String w : new TreeSet<>(graph.getOrDefault(v, Set.of()))) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> component = new ArrayList<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        if (component.size() > 1) {
          component.sort(null);
          components.add(component);
        }
      }
    }
  }
}
