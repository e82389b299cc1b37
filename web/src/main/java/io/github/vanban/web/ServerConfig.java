package io.github.vanban.web;

import java.util.Objects;

/**
 * How {@link WebServer} listens and what it accepts.
 *
 * <p>Immutable and thread-safe; {@link #DEFAULT} binds the loopback address only, so nothing
 * outside the machine reaches the server unless asked to.
 *
 * @param bind the address to listen on ({@code 127.0.0.1}; {@code 0.0.0.0} for every interface)
 * @param port the TCP port, 0 for any free one
 * @param maxUploadBytes the largest file {@code POST /api/analyse} accepts, in bytes
 * @param maxResponseBytes the largest JSON answer sent; a larger one is refused with status 400 and
 *     a hint to page the query
 * @param threads how many requests are handled at once
 */
public record ServerConfig(
    String bind, int port, int maxUploadBytes, int maxResponseBytes, int threads) {

  /** Loopback, port 8080, uploads up to 20 MiB, answers up to 32 MiB, 4 threads. */
  public static final ServerConfig DEFAULT =
      new ServerConfig("127.0.0.1", 8080, 20 << 20, 32 << 20, 4);

  /**
   * Checks the values.
   *
   * @param bind the address to listen on ({@code 127.0.0.1}; {@code 0.0.0.0} for every interface)
   * @param port the TCP port, 0 for any free one
   * @param maxUploadBytes the largest file {@code POST /api/analyse} accepts, in bytes
   * @param maxResponseBytes the largest JSON answer sent; a larger one is refused with status 400
   *     and a hint to page the query
   * @param threads how many requests are handled at once
   */
  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not within 0..65535");
    }
    if (maxUploadBytes < 1 || maxResponseBytes < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "maxUploadBytes "
              + maxUploadBytes
              + ", maxResponseBytes "
              + maxResponseBytes
              + " and threads "
              + threads
              + " must be >= 1");
    }
  }

  /**
   * Returns a copy listening on {@code value}.
   *
   * @param value the address to listen on ({@code 127.0.0.1}, {@code 0.0.0.0})
   * @return a new configuration with the other values unchanged
   */
  public ServerConfig withBind(String value) {
    return new ServerConfig(value, port, maxUploadBytes, maxResponseBytes, threads);
  }

  /**
   * Returns a copy listening on port {@code value}.
   *
   * @param value the TCP port, 0 for any free one
   * @return a new configuration with the other values unchanged
   */
  public ServerConfig withPort(int value) {
    return new ServerConfig(bind, value, maxUploadBytes, maxResponseBytes, threads);
  }

  /**
   * Returns a copy accepting uploads up to {@code bytes}.
   *
   * @param bytes the largest upload, in bytes, at least 1
   * @return a new configuration with the other values unchanged
   */
  public ServerConfig withMaxUploadBytes(int bytes) {
    return new ServerConfig(bind, port, bytes, maxResponseBytes, threads);
  }

  /**
   * Returns a copy sending answers up to {@code bytes}.
   *
   * @param bytes the largest JSON answer, in bytes, at least 1
   * @return a new configuration with the other values unchanged
   */
  public ServerConfig withMaxResponseBytes(int bytes) {
    return new ServerConfig(bind, port, maxUploadBytes, bytes, threads);
  }
}
