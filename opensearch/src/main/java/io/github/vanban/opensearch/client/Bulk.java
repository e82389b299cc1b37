package io.github.vanban.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.search.index.Failure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.opensearch.client.ResponseException;

/**
 * Index and delete actions on one index, sent in bulk requests: they gather until they pass {@value
 * #BULK_BYTES} bytes and are then sent by the thread that added the last; a document larger than
 * that travels alone; {@link #flush()} sends the rest and refreshes the index.
 *
 * <p>Without a pipeline, a document the cluster rejects fails the request that sent it with an
 * {@link IOException}. Through the {@code vanban} pipeline, a file the processor cannot read is a
 * refusal, not an error: it is kept, with the reason code and message the processor put in the
 * item's error, and returned by the next {@link #flush()}; so is a file alone in a request the
 * cluster refuses as too large (HTTP 413). A missing document to delete is fine. Thread-safe.
 */
final class Bulk {

  /** Pending bulk bytes above which an action sends them without waiting for the flush. */
  static final int BULK_BYTES = 8 << 20;

  // The processor's error fields; the constants are inlined by the compiler, so the client never
  // loads the plugin's classes (which need the OpenSearch server).
  private static final String REASON = io.github.vanban.opensearch.VanbanProcessor.REASON_FIELD;
  private static final String MESSAGE = io.github.vanban.opensearch.VanbanProcessor.MESSAGE_FIELD;

  /** A request body and the ids of the documents it indexes. */
  private record Batch(String body, List<String> indexed) {}

  private final OpenSearchConnection os;
  private final String index;
  private final String pipeline;
  private final StringBuilder pending = new StringBuilder();
  private final List<String> pendingIds = new ArrayList<>();
  private final ConcurrentLinkedQueue<Failure> refused = new ConcurrentLinkedQueue<>();

  /**
   * Creates a bulk writer to {@code index}, sending documents through {@code pipeline}, or through
   * none when it is null.
   */
  Bulk(OpenSearchConnection os, String index, String pipeline) {
    this.os = os;
    this.index = index;
    this.pipeline = pipeline;
  }

  /** Indexes {@code document} (a JSON object) under {@code id}, replacing what the index holds. */
  private void index(String id, String document) throws IOException {
    ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
    ObjectNode meta = action.putObject("index").put("_index", index).put("_id", id);
    if (pipeline != null) {
      meta.put("pipeline", pipeline);
    }
    append(id, action + "\n" + document + "\n");
  }

  /**
   * Indexes the document of the file {@code source}, {@code {"source", "hash", field}} with {@code
   * value} under {@code field}, replacing what the index holds under the id {@code source}.
   */
  void indexFile(String source, String hash, String field, CharSequence value) throws IOException {
    String document =
        "{\"source\":"
            + OpenSearchConnection.JSON.writeValueAsString(source)
            + ",\"hash\":"
            + OpenSearchConnection.JSON.writeValueAsString(hash)
            + ",\""
            + field
            + "\":"
            + value
            + "}";
    index(source, document);
  }

  /** Returns where the actions go: the cluster and the index. */
  String location() {
    return os.location() + " index " + index;
  }

  /** Deletes the document {@code id}, if the index holds it. */
  void delete(String id) throws IOException {
    ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
    action.putObject("delete").put("_index", index).put("_id", id);
    append(null, action + "\n");
  }

  /**
   * Sends every pending action, refreshes the index, and returns the files refused since the last
   * flush.
   *
   * @throws IOException when the cluster rejects a document for another reason, or is unreachable
   */
  List<Failure> flush() throws IOException {
    Batch batch;
    synchronized (this) {
      batch = take();
    }
    send(batch);
    os.call("POST", "/" + index + "/_refresh", null);
    List<Failure> out = new ArrayList<>();
    for (Failure f = refused.poll(); f != null; f = refused.poll()) {
      out.add(f);
    }
    return out;
  }

  private void append(String indexedId, String actions) throws IOException {
    List<Batch> full = new ArrayList<>(2);
    synchronized (this) {
      if (pending.length() > 0 && pending.length() + actions.length() > BULK_BYTES) {
        full.add(take());
      }
      pending.append(actions);
      if (indexedId != null) {
        pendingIds.add(indexedId);
      }
      if (pending.length() > BULK_BYTES) {
        full.add(take());
      }
    }
    for (Batch b : full) {
      send(b);
    }
  }

  private Batch take() {
    Batch batch = new Batch(pending.toString(), List.copyOf(pendingIds));
    pending.setLength(0);
    pendingIds.clear();
    return batch;
  }

  private void send(Batch batch) throws IOException {
    if (batch.body().isEmpty()) {
      return;
    }
    JsonNode answer;
    try {
      answer = os.bulk("/_bulk", batch.body());
    } catch (IOException e) {
      if (pipeline != null && batch.indexed().size() == 1 && status(e) == 413) {
        refused.add(tooLarge(batch.indexed().get(0), batch.body().length()));
        return;
      }
      throw e;
    }
    if (answer.path("errors").asBoolean()) {
      for (JsonNode item : answer.path("items")) {
        check(item);
      }
    }
  }

  private void check(JsonNode item) throws IOException {
    JsonNode result = item.elements().next();
    int status = result.path("status").asInt();
    boolean missingDelete = item.has("delete") && status == 404;
    if (status < 300 || missingDelete) {
      return;
    }
    String id = result.path("_id").asText();
    JsonNode error = result.path("error");
    JsonNode reason = vanbanField(error, REASON);
    if (pipeline != null && reason.isTextual()) {
      refused.add(new Failure(id, reason.asText(), vanbanField(error, MESSAGE).asText("")));
      return;
    }
    throw new IOException(
        "OpenSearch rejected " + id + ": " + error.path("reason").asText(result.toString()));
  }

  /** Returns a field of the error or of the first error it was caused by that has it. */
  private static JsonNode vanbanField(JsonNode error, String field) {
    for (JsonNode e = error; e.isObject(); e = e.path("caused_by")) {
      if (e.has(field)) {
        return e.path(field);
      }
    }
    return OpenSearchConnection.JSON.missingNode();
  }

  private static int status(IOException e) {
    return e.getCause() instanceof ResponseException r
        ? r.getResponse().getStatusLine().getStatusCode()
        : -1;
  }

  private static Failure tooLarge(String id, int chars) {
    return new Failure(
        id,
        ExtractionException.Reason.TOO_LARGE.name(),
        "the cluster refuses a request of "
            + chars
            + " bytes (its http.max_content_length is smaller)");
  }
}
