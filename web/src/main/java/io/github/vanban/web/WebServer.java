package io.github.vanban.web;

import com.sun.net.httpserver.HttpServer;
import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.search.IndexQueries;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code vanban serve} server: the JSON API under {@code /api/} and the pages at {@code /},
 * over the read-only {@link IndexQueries} of an index or engine.
 *
 * <p>Read-only except {@code POST /api/analyse}, which analyses an uploaded file without indexing
 * it. Listens on {@link ServerConfig#bind()} (loopback by default). Thread-safe; {@link #close()}
 * stops it, the caller closes the backend afterwards.
 */
public final class WebServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  private WebServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving {@code backend} as {@code config} says, with the default pipeline for the
   * document pages and uploads.
   *
   * @param backend the queries the server answers: an engine (Solr, OpenSearch) as it is, the local
   *     index through {@link IndexBackend}; closed by the caller
   * @param config the address, port and limits
   * @return the running server; stop it when done
   * @throws IOException when the address cannot be bound (port in use, unknown address)
   */
  public static WebServer start(IndexQueries backend, ServerConfig config) throws IOException {
    return start(backend, config, DefaultPipeline.create());
  }

  /**
   * Starts serving {@code backend} as {@code config} says, analysing with {@code pipeline}.
   *
   * @param backend the queries the server answers: an engine (Solr, OpenSearch) as it is, the local
   *     index through {@link IndexBackend}; closed by the caller
   * @param config the address, port and limits
   * @param pipeline the analysis of uploaded files and document pages
   * @return the running server; stop it when done
   * @throws IOException when the address cannot be bound (port in use, unknown address)
   */
  public static WebServer start(IndexQueries backend, ServerConfig config, Pipeline pipeline)
      throws IOException {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(pipeline, "pipeline");
    SourceSummaries summaries = new SourceSummaries(backend);
    QueryApi queries = new QueryApi(backend, summaries);
    ApiHandler api =
        new ApiHandler(
            queries,
            new MetricSeries(backend, summaries, queries),
            new DocumentApi(backend, summaries, pipeline),
            new AnalyseApi(pipeline, config.maxUploadBytes()),
            config.maxResponseBytes());
    HttpServer server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 64);
    server.createContext("/api/", api);
    server.createContext("/", new AssetHandler());
    ExecutorService executor = Executors.newFixedThreadPool(config.threads(), threads());
    server.setExecutor(executor);
    server.start();
    return new WebServer(server, executor);
  }

  private static ThreadFactory threads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "vanban-web-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Returns the address and port the server listens on (the chosen one when the port was 0).
   *
   * @return the bound address, with the actual port
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops accepting requests, lets running ones finish for up to a second, and stops. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
