package io.github.vanban.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.github.vanban.core.json.JsonObjects;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends answers: JSON bodies, JSON errors and static bytes, each with the headers that keep a page
 * from running or loading anything that is not ours. Stateless and thread-safe.
 */
final class Responses {

  /**
   * Scripts, styles, images and connections from this server only; no inline script, no frames, no
   * plug-ins. ECharts and cytoscape.js set element styles from script, which this allows.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; connect-src 'self'; font-src 'self';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final String JSON = "application/json; charset=utf-8";

  private Responses() {}

  /** Sends {@code json} with {@code status}, unless it is over the answer limit. */
  static void json(HttpExchange ex, int status, String json, int maxBytes) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    if (body.length > maxBytes) {
      error(
          ex,
          400,
          "the answer would take "
              + body.length
              + " bytes, over the limit of "
              + maxBytes
              + "; ask for a page with limit and offset");
      return;
    }
    send(ex, status, JSON, body);
  }

  /** Sends the JSON error object {@code {"status": 404, "error": "..."}}. */
  static void error(HttpExchange ex, int status, String message) throws IOException {
    String json =
        JsonObjects.object(
            g -> {
              g.writeNumberField("status", status);
              g.writeStringField("error", message);
            });
    send(ex, status, JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code body} of {@code contentType} with {@code status}. */
  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", contentType);
    h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }
}
