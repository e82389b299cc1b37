package io.github.vanban.opensearch;

import static org.opensearch.core.rest.RestStatus.INTERNAL_SERVER_ERROR;
import static org.opensearch.ingest.ConfigurationUtils.newConfigurationException;
import static org.opensearch.ingest.ConfigurationUtils.readBooleanProperty;
import static org.opensearch.ingest.ConfigurationUtils.readIntProperty;
import static org.opensearch.ingest.ConfigurationUtils.readStringProperty;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.Failure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.opensearch.OpenSearchStatusException;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;

/**
 * The {@code vanban} ingest processor: reads a file held in a field, as ingest-attachment does, and
 * writes what vanban finds in it (text, format, pages, header, references, dates, figures, metrics,
 * warnings) under a target field, in the shape of {@code vanban extract --json} (see {@link
 * AnalysisFields}).
 *
 * <p>Options: {@code field} (required; base64 bytes or, with {@code input: "text"}, plain text),
 * {@code target_field} (default {@value #DEFAULT_TARGET}), {@code input} ({@code bytes} or {@code
 * text}), {@code indexed_chars} (most characters of text kept; default the extraction limit of 20
 * million), {@code remove_binary} (drop the source field after reading; default false), {@code
 * ignore_missing} (leave a document without the field unchanged; default false).
 *
 * <p>OCR is off: an ingest node does not run Tesseract, so a scanned page yields no text and a
 * warning; send scans already extracted ({@code vanban index --opensearch} does so by default). A
 * file that cannot be read fails its document with a 400 error naming vanban's reason code ({@code
 * CORRUPT}, {@code ENCRYPTED}, ...) in the message and in {@value #REASON_FIELD}, vanban's message
 * in {@value #MESSAGE_FIELD}; a text whose analysis fails gives a 500 error with reason {@code
 * ANALYSIS_ERROR}. The other documents of the bulk are indexed. Immutable and thread-safe.
 */
public final class VanbanProcessor extends AbstractProcessor {

  /** The processor's name in pipeline definitions. */
  public static final String TYPE = "vanban";

  /** The default target field. */
  public static final String DEFAULT_TARGET = "vanban";

  /** The field of a failed document's error holding vanban's reason code ({@code CORRUPT}...). */
  public static final String REASON_FIELD = "vanban_reason";

  /** The field of a failed document's error holding vanban's message, without the reason code. */
  public static final String MESSAGE_FIELD = "vanban_message";

  /** What the source field holds. */
  public enum Input {
    /** The file's bytes: base64 in JSON, or binary in CBOR and SMILE. */
    BYTES,
    /** Plain text, analysed as a text file. */
    TEXT
  }

  private static final Extractors EXTRACTORS = Extractors.standard();
  private static final Pipeline PIPELINE = DefaultPipeline.create();

  private final String field;
  private final String targetField;
  private final Input input;
  private final ExtractContext context;
  private final boolean removeBinary;
  private final boolean ignoreMissing;

  VanbanProcessor(
      String tag,
      String description,
      String field,
      String targetField,
      Input input,
      ExtractContext context,
      boolean removeBinary,
      boolean ignoreMissing) {
    super(tag, description);
    this.field = field;
    this.targetField = targetField;
    this.input = input;
    this.context = context;
    this.removeBinary = removeBinary;
    this.ignoreMissing = ignoreMissing;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public IngestDocument execute(IngestDocument document) {
    byte[] bytes = read(document);
    if (bytes == null) {
      return document;
    }
    ExtractedDocument extracted;
    try {
      extracted = EXTRACTORS.extract(new ByteArrayInputStream(bytes), context);
    } catch (ExtractionException e) {
      throw unreadable(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AnalyzedDocument analysed;
    try {
      analysed = PIPELINE.analyze(extracted);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(
          "vanban cannot analyse the text: " + e,
          Failure.ANALYSIS_ERROR,
          e.toString(),
          INTERNAL_SERVER_ERROR,
          e);
    }
    String fields = AnalysisFields.json(analysed);
    document.setFieldValue(
        targetField, XContentHelper.convertToMap(JsonXContent.jsonXContent, fields, true));
    if (removeBinary) {
      document.removeField(field);
    }
    return document;
  }

  private byte[] read(IngestDocument document) {
    if (input == Input.BYTES) {
      return document.getFieldValueAsBytes(field, ignoreMissing);
    }
    String text = document.getFieldValue(field, String.class, ignoreMissing);
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  private static OpenSearchStatusException unreadable(ExtractionException e) {
    String message = e.getMessage() == null ? e.reason().name() : e.getMessage();
    return failure(
        "vanban cannot read the file: " + e.reason() + ": " + message,
        e.reason().name(),
        message,
        RestStatus.BAD_REQUEST,
        e);
  }

  /**
   * A failure of this document, carrying vanban's reason code and message apart (as {@code
   * vanban_reason} and {@code vanban_message} in the error's JSON) for clients to report.
   */
  private static OpenSearchStatusException failure(
      String text, String reason, String message, RestStatus status, Throwable cause) {
    OpenSearchStatusException failure = new OpenSearchStatusException(text, status, cause);
    failure.addMetadata("opensearch." + REASON_FIELD, reason);
    failure.addMetadata("opensearch." + MESSAGE_FIELD, message);
    return failure;
  }

  /** Creates {@link VanbanProcessor}s from pipeline definitions; rejects unknown options. */
  public static final class Factory implements Processor.Factory {

    @Override
    public VanbanProcessor create(
        Map<String, Processor.Factory> registry,
        String tag,
        String description,
        Map<String, Object> config) {
      String field = readStringProperty(TYPE, tag, config, "field");
      String target = readStringProperty(TYPE, tag, config, "target_field", DEFAULT_TARGET);
      String input = readStringProperty(TYPE, tag, config, "input", "bytes");
      Integer chars = readIntProperty(TYPE, tag, config, "indexed_chars", null);
      boolean removeBinary = readBooleanProperty(TYPE, tag, config, "remove_binary", false);
      boolean ignoreMissing = readBooleanProperty(TYPE, tag, config, "ignore_missing", false);
      ExtractContext context = ExtractContext.DEFAULT.withOcr(OcrMode.OFF);
      if (chars != null) {
        if (chars <= 0) {
          throw newConfigurationException(TYPE, tag, "indexed_chars", "must be positive: " + chars);
        }
        context = context.withLimits(context.limits().withMaxChars(chars));
      }
      return new VanbanProcessor(
          tag, description, field, target, input(tag, input), context, removeBinary, ignoreMissing);
    }

    private static Input input(String tag, String value) {
      try {
        return Input.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw newConfigurationException(
            TYPE, tag, "input", "must be bytes or text, got [" + value + "]");
      }
    }
  }
}
