package io.github.vanban.extract.html;

import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.FormatExtractor;
import io.github.vanban.extract.HeadSniffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the main content of an HTML page with jsoup.
 *
 * <p>Steps: decode (byte-order mark, then {@code <meta charset>}, then UTF-8; bytes that are not
 * UTF-8 and declare nothing are read as Windows-1258 with a warning); read the metadata; remove the
 * boilerplate ({@link HtmlBoilerplate}); find the main content ({@link HtmlMainContent}); lay it
 * into blocks ({@link HtmlBlockWriter}). On vbpl.vn pages this gives the legal text without the
 * site's chrome.
 *
 * <p>A page whose content is shorter than {@value #MIN_CONTENT_CHARS} characters once the chrome is
 * gone (a vbpl.vn page that only lists a document's properties, an error page) fails with {@code
 * NO_TEXT}: its few words are the site's, not a document's, and indexing them would only add noise;
 * the page's title stays available to callers that parse the page themselves.
 *
 * <p>HTML embedded in another document ({@link #embedded()}: a Word {@code altChunk}) is a piece of
 * that document, not a web page: all of its body's text is read (only scripts, styles and other
 * parts that never hold text are removed), with no boilerplate removal and no minimum length. The
 * caller owns the stream. Immutable and thread-safe.
 */
public final class HtmlExtractor extends FormatExtractor {

  /** HTML: a page or a fragment, after comments, an XML declaration and a doctype. */
  private static final FileFormat FORMAT =
      new FileFormat(
          "html",
          "text/html",
          List.of("html", "htm"),
          FileFormat.MARKUP,
          head -> HeadSniffer.isHtml(HeadSniffer.decode(head)));

  /** Content shorter than this, in characters, is not a document. */
  static final int MIN_CONTENT_CHARS = 200;

  private final boolean embedded;

  /** Creates the extractor of HTML pages. */
  public HtmlExtractor() {
    this(false);
  }

  private HtmlExtractor(boolean embedded) {
    super(FORMAT);
    this.embedded = embedded;
  }

  /**
   * Returns the extractor of HTML embedded in another document, which reads all of the body's text.
   *
   * @return an extractor without boilerplate removal or minimum length
   */
  public static HtmlExtractor embedded() {
    return new HtmlExtractor(true);
  }

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    long max = Math.min(context.limits().maxBytes(), Integer.MAX_VALUE - 16L);
    byte[] bytes = in.readNBytes((int) max + 1);
    if (bytes.length > max) {
      throw new ExtractionException(Reason.TOO_LARGE, "the page is larger than " + max + " bytes");
    }
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    Document doc = parse(bytes, builder);
    if (HtmlDepth.limit(doc) > 0) {
      builder.warn("markup nested deeper than " + HtmlDepth.MAX_DEPTH + " levels read as text");
    }
    DocumentMetadata metadata = HtmlMetadata.of(doc);
    if (embedded) {
      return wholeBody(doc, metadata, builder);
    }
    Document raw = doc.clone();
    HtmlBoilerplate.clean(doc);
    if (doc.body() != null) {
      new HtmlBlockWriter(builder).write(HtmlMainContent.of(doc));
    }
    if (builder.length() < MIN_CONTENT_CHARS) {
      builder = fallback(raw, builder, context);
    }
    if (builder.length() < MIN_CONTENT_CHARS && !HtmlFallback.looksLikeADocument(builder.text())) {
      throw new ExtractionException(
          Reason.NO_TEXT,
          "the page has no document text"
              + (metadata.title() == null ? "" : " (only its title: " + metadata.title() + ")"));
    }
    return builder.build(metadata);
  }

  private static ExtractedDocument wholeBody(
      Document doc, DocumentMetadata metadata, DocumentBuilder builder) throws ExtractionException {
    HtmlFallback.prepare(doc);
    if (doc.body() != null) {
      new HtmlBlockWriter(builder).write(doc.body());
    }
    if (builder.length() == 0) {
      throw new ExtractionException(Reason.NO_TEXT, "the embedded HTML holds no text");
    }
    return builder.build(metadata);
  }

  /**
   * Reads the page again removing only what never holds text, when the filtered text is short:
   * kept, with a warning, when it holds more and looks like a document, so that the filter never
   * takes a page's only content.
   */
  private static DocumentBuilder fallback(
      Document raw, DocumentBuilder filtered, ExtractContext context) {
    if (raw.body() == null || HtmlFallback.looksLikeADocument(filtered.text())) {
      return filtered;
    }
    HtmlFallback.prepare(raw);
    DocumentBuilder whole = new DocumentBuilder(context.limits().maxChars());
    filtered.warnings().forEach(whole::warn);
    new HtmlBlockWriter(whole).write(HtmlMainContent.of(raw));
    if (whole.length() <= filtered.length() || !HtmlFallback.looksLikeADocument(whole.text())) {
      return filtered;
    }
    whole.warn(
        "the page's text sits in what usually holds a site's chrome (a form, header, frame, hidden"
            + " or sidebar block); the whole page's text was kept");
    return whole;
  }

  private static Document parse(byte[] bytes, DocumentBuilder builder) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    if (doc.charset().equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
      builder.warn("the page is not UTF-8 and names no charset; read as windows-1258");
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), "windows-1258", "");
    } else if (!doc.charset().name().startsWith("UTF") && hasNonAscii(bytes) && isUtf8(bytes)) {
      // Multi-byte UTF-8 sequences are all but impossible by chance in a one-byte charset.
      builder.warn(
          "the page declares " + doc.charset().name() + " but its bytes are UTF-8; read as UTF-8");
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", "");
    }
    return doc;
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
