package io.github.vanban.extract.text;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractor;
import io.github.vanban.extract.legacy.LegacyEncoding;
import io.github.vanban.extract.legacy.LegacyEncodings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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
public final class TextExtractor implements Extractor {

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** C0 controls other than tab and line breaks, and DEL: never text (a NUL-filled tail...). */
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]+");

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    byte[] bytes =
        in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, context.limits().maxBytes()));
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    String text = withoutControls(withoutLegacyEncoding(bytes, decoded, builder), builder);
    for (String line : text.split("\r\n|\r|\n", -1)) {
      Matcher heading = MARKDOWN_HEADING.matcher(line);
      if (heading.matches()) {
        builder.add(BlockType.HEADING, heading.group(2), 0, heading.group(1).length());
      } else {
        builder.paragraph(line, 0);
      }
    }
    if (builder.length() == 0) {
      throw new ExtractionException(ExtractionException.Reason.NO_TEXT, "the file holds no text");
    }
    return builder.build(DocumentMetadata.ofFormat("txt"));
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
}
