package io.github.vanban.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a query string, decoded, with typed readers that answer a bad value with an
 * {@link ApiException} of status 400. The first of repeated names wins.
 *
 * <p>Immutable and thread-safe.
 */
final class Params {

  /** The most parameters a request may have. */
  static final int MAX_PARAMS = 32;

  /** The longest value, in characters. */
  static final int MAX_VALUE = 2_000;

  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Parses a raw (still encoded) query string; {@code null} is no parameter. */
  static Params parse(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return new Params(values);
    }
    String[] pairs = raw.split("&", -1);
    if (pairs.length > MAX_PARAMS) {
      throw ApiException.badRequest("more than " + MAX_PARAMS + " parameters");
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (value.length() > MAX_VALUE) {
        throw ApiException.badRequest(
            "parameter " + name + " is longer than " + MAX_VALUE + " characters");
      }
      values.putIfAbsent(name, value);
    }
    return new Params(values);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("malformed percent-encoding in the query string");
    }
  }

  /** Returns the value of {@code name} stripped, or {@code null} when absent or blank. */
  String text(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Returns the value of {@code name}, refusing the request when it is absent or blank. */
  String required(String name) {
    String v = text(name);
    if (v == null) {
      throw ApiException.badRequest("parameter " + name + " is required");
    }
    return v;
  }

  /** Returns the integer {@code name} within {@code [min, max]}, or {@code fallback} if absent. */
  Integer integer(String name, Integer fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " " + n + " is not within " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " is not an integer: " + v);
    }
  }

  /** Returns the finite number {@code name}, or {@code null} when absent. */
  Double decimal(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw ApiException.badRequest(name + " is not a finite number: " + v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " is not a number: " + v);
    }
  }
}
