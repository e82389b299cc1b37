package io.github.vanban.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the pages, scripts, styles and vendored libraries from the jar. Only the names listed here
 * are served: a request path is looked up in a fixed table, never resolved against a folder, so no
 * path reaches another file. Read-only ({@code GET} and {@code HEAD}). Thread-safe.
 */
final class AssetHandler implements HttpHandler {

  private static final String ROOT = "/io/github/vanban/web/assets/";

  private static final String HTML = "text/html; charset=utf-8";
  private static final String JS = "text/javascript; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";

  /** A file of the jar and its content type. */
  private record Asset(String resource, String type) {}

  /** Request path to asset. */
  private static final Map<String, Asset> ASSETS =
      Map.ofEntries(
          Map.entry("/", new Asset("index.html", HTML)),
          Map.entry("/index.html", new Asset("index.html", HTML)),
          Map.entry("/document.html", new Asset("document.html", HTML)),
          Map.entry("/metric.html", new Asset("metric.html", HTML)),
          Map.entry("/app.css", new Asset("app.css", CSS)),
          Map.entry("/common.js", new Asset("common.js", JS)),
          Map.entry("/search.js", new Asset("search.js", JS)),
          Map.entry("/document.js", new Asset("document.js", JS)),
          Map.entry("/metric.js", new Asset("metric.js", JS)),
          Map.entry("/vendor/echarts.min.js", new Asset("vendor/echarts.min.js", JS)),
          Map.entry("/vendor/cytoscape.min.js", new Asset("vendor/cytoscape.min.js", JS)),
          Map.entry("/vendor/LICENSE-echarts.txt", new Asset("vendor/LICENSE-echarts.txt", TEXT)),
          Map.entry("/vendor/NOTICE-echarts.txt", new Asset("vendor/NOTICE-echarts.txt", TEXT)),
          Map.entry("/vendor/LICENSE-d3.txt", new Asset("vendor/LICENSE-d3.txt", TEXT)),
          Map.entry(
              "/vendor/LICENSE-cytoscape.txt", new Asset("vendor/LICENSE-cytoscape.txt", TEXT)));

  /** Request path to the asset's bytes, read once. */
  private final Map<String, byte[]> bodies;

  AssetHandler() {
    this.bodies = load();
  }

  private static Map<String, byte[]> load() {
    Map<String, byte[]> out = new HashMap<>();
    for (Map.Entry<String, Asset> e : ASSETS.entrySet()) {
      String name = ROOT + e.getValue().resource();
      try (InputStream in = AssetHandler.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + name);
        }
        out.put(e.getKey(), in.readAllBytes());
      } catch (IOException x) {
        throw new UncheckedIOException("cannot read " + name + " from the jar", x);
      }
    }
    return Map.copyOf(out);
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      Responses.error(ex, 405, method + " is not allowed here; the pages are read-only");
      return;
    }
    String path = ex.getRequestURI().getRawPath();
    Asset asset = ASSETS.get(path);
    if (asset == null) {
      Responses.error(ex, 404, "no page " + path.substring(0, Math.min(path.length(), 200)));
      return;
    }
    Responses.send(ex, 200, asset.type(), bodies.get(path));
  }
}
