package io.github.vanban.cli;

import io.github.vanban.opensearch.client.OpenSearchIndex;
import io.github.vanban.search.IndexQueries;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MissingIndexException;
import io.github.vanban.solr.SolrIndex;
import io.github.vanban.web.IndexBackend;
import io.github.vanban.web.ServerConfig;
import io.github.vanban.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanban serve}: the HTTP JSON API and the web pages (search, document, metric explorer)
 * over the local index ({@code --index}), a Solr collection ({@code --solr}) or an OpenSearch index
 * ({@code --opensearch}), until the process is stopped. Binds the loopback address unless {@code
 * --bind} says otherwise.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Serve the index (or a --solr collection, an --opensearch index) on a web page and an"
          + " HTTP JSON API (docs/HTTP-API.md) until stopped.",
      "Read-only except POST /api/analyse, which analyses a file without indexing it."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Mixin OpenSearchOption opensearch;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "The TCP port (default ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for"
              + " every interface).")
  String bind;

  @Spec CommandSpec spec;

  /** Counted down to stop the server; tests and embedders stop it without killing the JVM. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    String where =
        solr.given() ? solr.where() : opensearch.given() ? opensearch.where() : "" + index.path;
    try {
      if (solr.given()) {
        try (SolrIndex engine = solr.open()) {
          return serve(engine, where);
        }
      }
      if (opensearch.given()) {
        try (OpenSearchIndex engine = opensearch.open()) {
          return serve(engine, where);
        }
      }
      try (Index opened = Index.open(index.path)) {
        return serve(new IndexBackend(opened), where);
      }
    } catch (MissingIndexException e) {
      err.println(index.missing());
      return VanbanCommand.USAGE;
    } catch (IOException e) {
      err.println("vanban: cannot serve " + where + ": " + e.getMessage());
      return VanbanCommand.SOME_FAILED;
    }
  }

  /**
   * Serves {@code backend} until {@link #stop} is counted down, after one query has shown that it
   * answers (a cluster that cannot be reached fails here, not on the first page).
   */
  private int serve(IndexQueries backend, String where) throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    backend.stats();
    try (WebServer server =
        WebServer.start(backend, ServerConfig.DEFAULT.withBind(bind).withPort(port))) {
      out.println(
          "vanban: serving "
              + where
              + " on http://"
              + server.address().getHostString()
              + ":"
              + server.address().getPort()
              + "/ (Ctrl-C to stop)");
      if (!server.address().getAddress().isLoopbackAddress()) {
        err.println(
            "vanban: listening on "
                + bind
                + ": other machines can read the index and post files to analyse");
      }
      out.flush();
      stop.await();
      return VanbanCommand.OK;
    }
  }
}
