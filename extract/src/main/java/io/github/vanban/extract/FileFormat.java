package io.github.vanban.extract;

import java.util.List;
import java.util.Objects;

/**
 * A file format an {@link Extractor} reads, and how {@link FormatDetector} recognises it from a
 * file's first bytes.
 *
 * <p>Formats are tried from the highest {@code priority} down, ties by name, and the first whose
 * signature matches wins: a specific magic number goes before a looser test (PDF accepts junk
 * before its header, so it yields to the containers that could hold {@code %PDF-} in their first
 * kilobyte), and plain text, which accepts almost anything, goes last. A format that shares a
 * container with a built-in one (an OpenDocument file is a ZIP, like DOCX) needs a priority above
 * it. Immutable.
 *
 * @param name the short name printed in the JSON's {@code format} field ({@code pdf}, {@code txt})
 * @param mediaType the IANA media type, such as {@code application/pdf}
 * @param extensions the usual file name extensions without the dot, for people: detection reads the
 *     bytes, never the name
 * @param priority the order in which detection tries this format, highest first; see the constants
 * @param signature the test on the file's first bytes
 */
public record FileFormat(
    String name, String mediaType, List<String> extensions, int priority, Signature signature) {

  /** Priority of a format recognised by a magic number at the start of the file (DOC, DOCX). */
  public static final int MAGIC = 100;

  /** Priority of a binary format whose header may follow some junk (PDF). */
  public static final int LOOSE_MAGIC = 90;

  /** Priority of a text-based markup recognised by its first characters (RTF, HTML). */
  public static final int MARKUP = 50;

  /** Priority of the format read when nothing else matches (plain text). */
  public static final int FALLBACK = 0;

  /**
   * Checks the parts and copies the extensions.
   *
   * @param name the short name printed in the JSON's {@code format} field; not blank
   * @param mediaType the IANA media type; not blank
   * @param extensions the usual file name extensions without the dot
   * @param priority the order in which detection tries this format, highest first
   * @param signature the test on the file's first bytes
   */
  public FileFormat {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(signature, "signature");
    if (name.isBlank() || mediaType.isBlank()) {
      throw new IllegalArgumentException(
          "a format needs a name and a media type: '" + name + "', '" + mediaType + "'");
    }
    extensions = List.copyOf(extensions);
  }
}
