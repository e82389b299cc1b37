package io.github.vanban.web;

import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;

/**
 * {@code POST /api/analyse?name=FILE}: the body is a file; the answer is its {@code vanban extract
 * --json} object, status 200, or the error object of a file that cannot be read, status 422. The
 * file is not indexed.
 *
 * <p>The body is held in memory up to the upload limit (never written to disk, so no temporary file
 * is left behind); a larger one is refused with 413 before extraction. At most {@link #CONCURRENT}
 * analyses run at once; more are refused with 503. Thread-safe.
 */
final class AnalyseApi {

  /** How many uploads are analysed at once. */
  static final int CONCURRENT = 2;

  private static final int MAX_NAME = 200;

  private final Extractors extractors = Extractors.standard();
  private final Pipeline pipeline;
  private final AnalysisJsonWriter writer = new AnalysisJsonWriter();
  private final Semaphore slots = new Semaphore(CONCURRENT);
  private final int maxBytes;

  AnalyseApi(Pipeline pipeline, int maxBytes) {
    this.pipeline = pipeline;
    this.maxBytes = maxBytes;
  }

  /** The answer to an upload: its status and JSON. */
  record Answer(int status, String json) {}

  Answer analyse(String name, long declaredLength, InputStream body) throws IOException {
    if (declaredLength > maxBytes) {
      throw tooLarge(declaredLength);
    }
    byte[] bytes = body.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length);
    }
    String source = sourceName(name);
    if (!slots.tryAcquire()) {
      throw new ApiException(503, "busy analysing other files; try again shortly");
    }
    try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
      ExtractedDocument doc = extractors.extract(in, ExtractContext.DEFAULT.withSourceName(source));
      return new Answer(200, writer.write(source, pipeline.analyze(doc)));
    } catch (ExtractionException e) {
      return new Answer(422, writer.writeError(source, e.reason() + ": " + e.getMessage()));
    } finally {
      slots.release();
    }
  }

  private ApiException tooLarge(long bytes) {
    return new ApiException(
        413, "the file has " + bytes + " bytes or more, over the limit of " + maxBytes);
  }

  /** The file's own name without folders or control characters, or {@code upload}. */
  static String sourceName(String name) {
    if (name == null) {
      return "upload";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String clean = base.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
    if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
      return "upload";
    }
    return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
  }
}
