package io.github.vanban.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.message.BasicHeader;
import org.apache.http.util.EntityUtils;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;

/**
 * JSON over HTTP to an OpenSearch cluster, through OpenSearch's low-level REST client. Credentials
 * come from the environment, never from the command line or the URL: {@value #API_KEY} (sent as
 * {@code ApiKey}), or {@value #USER} and {@value #PASSWORD} (basic authentication). HTTPS
 * certificates are verified against the JVM's trust store (add a private CA with {@code
 * -Djavax.net.ssl.trustStore}); there is no switch to skip the check.
 *
 * <p>Thread-safe; close it to release its connections and I/O threads.
 */
public final class OpenSearchConnection implements AutoCloseable {

  /** Environment variable holding a user name for basic authentication. */
  public static final String USER = "VANBAN_OPENSEARCH_USER";

  /** Environment variable holding the password that goes with {@value #USER}. */
  public static final String PASSWORD = "VANBAN_OPENSEARCH_PASSWORD";

  /** Environment variable holding an API key. */
  public static final String API_KEY = "VANBAN_OPENSEARCH_API_KEY";

  static final ObjectMapper JSON = new ObjectMapper();

  private static final ContentType NDJSON =
      ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

  private final String location;
  private final RestClient rest;

  private OpenSearchConnection(String location, RestClient rest) {
    this.location = location;
    this.rest = rest;
  }

  /**
   * Connects to the cluster at {@code url} with the credentials of {@code environment}.
   *
   * @param url the cluster's base URL, {@code http} or {@code https}, without credentials
   * @param environment the environment variables; {@link #USER} and {@link #PASSWORD}, when set,
   *     give basic authentication
   * @return a connection; close it when done
   * @throws IllegalArgumentException when the URL is not http(s), or carries credentials
   */
  public static OpenSearchConnection of(String url, Map<String, String> environment) {
    URI uri = URI.create(Objects.requireNonNull(url, "url").replaceAll("/+$", ""));
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("not an http or https URL: " + url);
    }
    if (uri.getUserInfo() != null) {
      throw new IllegalArgumentException(
          "put credentials in " + USER + " and " + PASSWORD + ", not in the URL");
    }
    HttpHost host = new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme());
    var builder = RestClient.builder(host);
    String auth = authorization(environment);
    if (auth != null) {
      builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", auth)});
    }
    if (uri.getPath() != null && !uri.getPath().isEmpty()) {
      builder.setPathPrefix(uri.getPath());
    }
    return new OpenSearchConnection(uri.toString(), builder.build());
  }

  private static String authorization(Map<String, String> env) {
    if (env.get(API_KEY) != null) {
      return "ApiKey " + env.get(API_KEY);
    }
    if (env.get(USER) != null) {
      String pair = env.get(USER) + ":" + Objects.requireNonNullElse(env.get(PASSWORD), "");
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
    return null;
  }

  /**
   * Returns the address, for messages.
   *
   * @return the cluster's URL without a trailing slash
   */
  public String location() {
    return location;
  }

  /**
   * Sends a request with a JSON body (or none) and returns the JSON answer.
   *
   * @param method the HTTP method ({@code GET}, {@code PUT}, {@code POST}, {@code DELETE})
   * @param path the request path, starting with {@code /}
   * @param body the JSON request body, or {@code null} for none
   * @return the parsed JSON answer
   * @throws IOException when the cluster cannot be reached or answers with an error status
   */
  public JsonNode call(String method, String path, String body) throws IOException {
    return send(method, path, body, ContentType.APPLICATION_JSON);
  }

  /**
   * Sends a bulk request (newline-delimited JSON) and returns the answer.
   *
   * @throws IOException when the cluster cannot be reached or refuses the whole request
   */
  JsonNode bulk(String path, String ndjson) throws IOException {
    return send("POST", path, ndjson, NDJSON);
  }

  /**
   * Sends a request without body and returns only the status (for {@code HEAD}).
   *
   * @throws IOException when the cluster cannot be reached
   */
  int status(String method, String path) throws IOException {
    try {
      return rest.performRequest(new Request(method, path)).getStatusLine().getStatusCode();
    } catch (ResponseException e) {
      return e.getResponse().getStatusLine().getStatusCode();
    }
  }

  private JsonNode send(String method, String path, String body, ContentType type)
      throws IOException {
    Request request = new Request(method, path);
    if (body != null) {
      request.setEntity(new StringEntity(body, type));
    }
    Response response;
    try {
      response = rest.performRequest(request);
    } catch (ResponseException e) {
      Response r = e.getResponse();
      throw new IOException(
          method
              + " "
              + path
              + ": HTTP "
              + r.getStatusLine().getStatusCode()
              + ": "
              + reason(read(r)),
          e);
    }
    return read(response);
  }

  private static JsonNode read(Response response) throws IOException {
    if (response.getEntity() == null) {
      return JSON.nullNode();
    }
    String text = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
  }

  private static String reason(JsonNode answer) {
    JsonNode error = answer.path("error");
    return error.isObject() ? error.path("reason").asText(error.toString()) : answer.toString();
  }

  @Override
  public void close() throws IOException {
    rest.close();
  }
}
