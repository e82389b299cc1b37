package io.github.vanban.web;

/**
 * A request the API refuses, with the HTTP status to answer and a message for the caller; the
 * server turns it into the JSON error object.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** Returns the HTTP status. */
  int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
