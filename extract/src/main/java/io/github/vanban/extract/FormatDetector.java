package io.github.vanban.extract;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Detects a file's format from its first bytes, never from its name: a {@code .doc} that is really
 * RTF or OOXML is read as what it is. It asks the {@link Signature} of each format it was given,
 * from the highest {@link FileFormat#priority()} down (ties by name), and the first that matches
 * wins.
 *
 * <p>Immutable and thread-safe.
 */
public final class FormatDetector {

  /** How many leading bytes {@link #detect(byte[])} looks at. */
  public static final int HEAD_BYTES = 8192;

  private static final Comparator<FileFormat> DETECTION_ORDER =
      Comparator.comparingInt(FileFormat::priority).reversed().thenComparing(FileFormat::name);

  private final List<FileFormat> formats;

  /**
   * Creates a detector of the given formats.
   *
   * @param formats the formats to recognise, in any order
   */
  public FormatDetector(Collection<FileFormat> formats) {
    this.formats = formats.stream().sorted(DETECTION_ORDER).toList();
  }

  /**
   * Returns the formats in the order detection tries them.
   *
   * @return the formats, highest priority first; unmodifiable
   */
  public List<FileFormat> formats() {
    return formats;
  }

  /**
   * Returns the format of a file whose first bytes are {@code head}, or empty when the bytes are no
   * format of this detector (binary data of another kind, JSON data, an e-mail or web archive).
   *
   * @param head the file's first bytes, up to {@code HEAD_BYTES} of them
   * @return the format, or empty when none matches
   */
  public Optional<FileFormat> detect(byte[] head) {
    return formats.stream().filter(f -> f.signature().matches(head)).findFirst();
  }

  /**
   * Returns what a file vanban does not read is, for a person, when its head says so (an e-mail or
   * web archive, JSON data), else empty.
   *
   * @param head the file's first bytes, up to {@code HEAD_BYTES} of them
   * @return a short English phrase naming the kind of file and what to do, or empty
   */
  public Optional<String> unsupportedKind(byte[] head) {
    String text = HeadSniffer.decode(head);
    if (HeadSniffer.isMail(text)) {
      return Optional.of(
          "an e-mail or web archive (EML, MHT): save its document or page as a file of its own");
    }
    if (HeadSniffer.isJson(text)) {
      return Optional.of("JSON data, not a document");
    }
    return Optional.empty();
  }
}
