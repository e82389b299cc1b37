package io.github.vanban.extract.text;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.FormatExtractor;
import io.github.vanban.extract.HeadSniffer;
import io.github.vanban.extract.legacy.LegacyEncoding;
import io.github.vanban.extract.legacy.LegacyEncodings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: decodes the bytes with {@link TextDecoder}, converts text typed in
 * a legacy Vietnamese font encoding (TCVN3 or VNI, recognised by {@link LegacyEncodings#guess}) to
 * Unicode, then makes a block of each non-blank line; Markdown {@code #} headings become headings
 * with their level.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextExtractor extends FormatExtractor {

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** C0 controls other than tab and line breaks, and DEL: never text (a NUL-filled tail...). */
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]+");

  private final TextDecoder decoder = new TextDecoder();

  /**
   * Creates the extractor of plain text and Markdown, the format tried last: bytes that look like
   * text and are neither a binary file's magic number, JSON data nor an e-mail or web archive.
   */
  public TextExtractor() {
    super(
        new FileFormat(
            "txt", "text/plain", List.of("txt", "md"), FileFormat.FALLBACK, TextExtractor::isText));
  }

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    byte[] bytes = read(in, context, builder);
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    String text = withoutControls(withoutLegacyEncoding(bytes, decoded, builder), builder);
    if (MarkdownText.looksLikeMarkdown(text)) {
      MarkdownText.write(text, builder);
    } else {
      for (String line : text.split("\r\n|\r|\n", -1)) {
        Matcher heading = MARKDOWN_HEADING.matcher(line);
        if (heading.matches()) {
          builder.add(BlockType.HEADING, heading.group(2), 0, heading.group(1).length());
        } else {
          builder.paragraph(line, 0);
        }
      }
    }
    if (builder.length() == 0) {
      throw new ExtractionException(ExtractionException.Reason.NO_TEXT, "the file holds no text");
    }
    return builder.build(DocumentMetadata.ofFormat("txt"));
  }

  /**
   * Reads the bytes that can hold {@code maxChars} characters (three bytes a character at most in
   * UTF-8, two in UTF-16) and no more, cut at a character boundary: the text kept is bounded by the
   * character limit, so the work and memory of the steps after are too.
   */
  private static byte[] read(InputStream in, ExtractContext context, DocumentBuilder builder)
      throws IOException {
    long most = Math.min(context.limits().maxBytes(), 3L * context.limits().maxChars() + 3);
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most));
    if (in.read() < 0) {
      return bytes;
    }
    builder.warn(
        "only the first "
            + bytes.length
            + " bytes were read ("
            + context.limits().maxChars()
            + " characters at most)");
    int end = bytes.length;
    while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) {
      end--;
    }
    if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
      end--;
    }
    boolean utf16 = bytes.length > 1 && (bytes[0] & 0xFE) == 0xFE && (bytes[1] & 0xFE) == 0xFE;
    return Arrays.copyOf(bytes, utf16 ? bytes.length & ~1 : end);
  }

  private static String withoutControls(String text, DocumentBuilder builder) {
    Matcher m = CONTROLS.matcher(text);
    if (!m.find()) {
      return text;
    }
    builder.warn("control characters (NUL...) removed");
    return m.replaceAll("");
  }

  /**
   * Returns the text in Unicode. A legacy font encoding stores its letters as Windows-1252
   * characters: a file that is not UTF is read again that way and converted as a whole when it
   * reads as TCVN3/VNI; in UTF text, lines of legacy text pasted into it are converted.
   */
  private static String withoutLegacyEncoding(
      byte[] bytes, TextDecoder.Decoded decoded, DocumentBuilder builder) {
    if (decoded.charset().startsWith("UTF")) {
      if (decoded.text().indexOf('\uFFFD') >= 0) {
        builder.warn("bytes that are not " + decoded.charset() + " replaced by U+FFFD");
      }
      String repaired = LegacyEncodings.repair(decoded.text());
      if (!repaired.equals(decoded.text())) {
        builder.warn("lines in a legacy TCVN3/VNI encoding converted to Unicode");
      }
      return repaired;
    }
    String legacyView = new String(bytes, WINDOWS_1252);
    Optional<LegacyEncoding> legacy = LegacyEncodings.guess(legacyView);
    if (legacy.isPresent()) {
      builder.warn("legacy " + legacy.get() + " text converted to Unicode");
      return LegacyEncodings.repair(legacyView);
    }
    builder.warn("text decoded as " + decoded.charset());
    return decoded.text();
  }

  private static boolean isText(byte[] head) {
    if (HeadSniffer.isBinaryNonDocument(head)) {
      return false;
    }
    String text = HeadSniffer.decode(head);
    return !HeadSniffer.isJson(text)
        && !HeadSniffer.isMail(text)
        && HeadSniffer.looksLikeText(head);
  }
}
