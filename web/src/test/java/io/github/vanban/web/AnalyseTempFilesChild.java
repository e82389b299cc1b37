package io.github.vanban.web;

import io.github.vanban.core.DefaultPipeline;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process {@link AnalyseTempFilesTest} runs with its own {@code java.io.tmpdir}: starts the
 * server over an empty backend, posts the file {@code args[1]} to {@code /api/analyse}, and writes
 * the answer's status and body to {@code args[0]}.
 */
public final class AnalyseTempFilesChild {

  private AnalyseTempFilesChild() {}

  /**
   * Args: the answer file, then the file to upload.
   *
   * @param args the answer file and the upload
   * @throws Exception when the server cannot start or the upload fails
   */
  public static void main(String[] args) throws Exception {
    Path upload = Path.of(args[1]);
    try (WebServer server =
        WebServer.start(
            new WebServerTest.StubBackend(false),
            ServerConfig.DEFAULT.withPort(0),
            DefaultPipeline.create())) {
      URI uri =
          URI.create(
              "http://127.0.0.1:"
                  + server.address().getPort()
                  + "/api/analyse?name="
                  + upload.getFileName());
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri)
                      .POST(HttpRequest.BodyPublishers.ofFile(upload))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Files.writeString(Path.of(args[0]), r.statusCode() + "\n" + r.body(), StandardCharsets.UTF_8);
    }
  }
}
