package io.github.vanban.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes {@code /api/...} to the endpoints and turns every failure into a JSON error: 400 for a bad
 * request or query, 404 for nothing there, 405 for a wrong method (only {@code POST /api/analyse}
 * writes anything), 413 for a large upload, 414 for a long address, 500 for an index that cannot be
 * read (no stack trace leaves the server). Thread-safe.
 */
final class ApiHandler implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

  /** The longest request address, in characters. */
  static final int MAX_URI = 8_192;

  /** The longest document id, in characters. */
  static final int MAX_ID = 1_024;

  private static final String DOCUMENTS = "/api/documents/";

  private final QueryApi queries;
  private final MetricSeries series;
  private final DocumentApi documents;
  private final AnalyseApi analyse;
  private final int maxResponseBytes;

  ApiHandler(
      QueryApi queries,
      MetricSeries series,
      DocumentApi documents,
      AnalyseApi analyse,
      int maxResponseBytes) {
    this.queries = queries;
    this.series = series;
    this.documents = documents;
    this.analyse = analyse;
    this.maxResponseBytes = maxResponseBytes;
  }

  /** The most of a refused upload read and dropped so that its sender can read the answer. */
  private static final long MAX_DRAIN = 64L << 20;

  private static void drain(HttpExchange ex) {
    try (java.io.InputStream body = ex.getRequestBody()) {
      long left = MAX_DRAIN;
      byte[] buffer = new byte[64 * 1024];
      for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
        left -= n;
      }
    } catch (IOException e) {
      // The client stopped sending: the answer goes out as it can.
    }
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      String query = ex.getRequestURI().getRawQuery();
      if (ex.getRequestURI().getRawPath().length() + (query == null ? 0 : query.length())
          > MAX_URI) {
        throw new ApiException(414, "the address is longer than " + MAX_URI + " characters");
      }
      route(ex);
    } catch (ApiException e) {
      if (e.status() == 413) {
        // A client still sending the upload would lose the answer when the connection closes
        // under it: the rest of a not too large upload is read and dropped first. The client
        // must not send its next request after it.
        drain(ex);
        ex.getResponseHeaders().set("Connection", "close");
      }
      Responses.error(ex, e.status(), e.getMessage());
    } catch (IllegalArgumentException e) {
      // InvalidQueryException and the query records' checks (min above max, to before from).
      Responses.error(ex, 400, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "request failed: " + ex.getRequestURI(), e);
      Responses.error(ex, 500, "cannot answer: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "request failed: " + ex.getRequestURI(), e);
      Responses.error(ex, 500, "internal error");
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if (path.equals("/api/analyse")) {
      requireMethod(ex, "POST");
      Params p = Params.parse(ex.getRequestURI().getRawQuery());
      String length = ex.getRequestHeaders().getFirst("Content-Length");
      AnalyseApi.Answer a = analyse.analyse(p.text("name"), declared(length), ex.getRequestBody());
      Responses.json(ex, a.status(), a.json(), maxResponseBytes);
      return;
    }
    requireMethod(ex, "GET");
    Params p = Params.parse(ex.getRequestURI().getRawQuery());
    String json =
        switch (path) {
          case "/api/search" -> queries.search(p);
          case "/api/number" -> queries.number(p);
          case "/api/metric" -> queries.metric(p);
          case "/api/metric/series" -> series.series(p);
          case "/api/stats" -> queries.stats();
          case "/api/indicators" -> queries.indicators();
          default -> {
            if (path.startsWith(DOCUMENTS) && path.length() > DOCUMENTS.length()) {
              yield documents.document(documentId(path.substring(DOCUMENTS.length())));
            }
            throw ApiException.notFound("no endpoint " + path);
          }
        };
    Responses.json(ex, 200, json, maxResponseBytes);
  }

  private static void requireMethod(HttpExchange ex, String allowed) {
    if (!ex.getRequestMethod().equals(allowed)) {
      ex.getResponseHeaders().set("Allow", allowed);
      throw new ApiException(405, ex.getRequestMethod() + " is not allowed here; use " + allowed);
    }
  }

  private static long declared(String length) {
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Content-Length is not a number");
    }
  }

  /**
   * Decodes a document id: the source path as indexed, percent-encoded ({@code /} may stay as is).
   * It is only ever looked up in the index, never opened as a file; control characters are refused.
   */
  static String documentId(String raw) {
    String id;
    try {
      id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("malformed percent-encoding in the document id");
    }
    if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest("not a document id");
    }
    return id;
  }
}
