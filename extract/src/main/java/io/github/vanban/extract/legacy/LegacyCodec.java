package io.github.vanban.extract.legacy;

/**
 * Dispatches to the code table of an encoding.
 *
 * <p>Stateless and thread-safe.
 */
final class LegacyCodec {

  private LegacyCodec() {}

  /** Returns true if {@code c} is a code point that {@code encoding} draws as another letter. */
  static boolean isMapped(char c, LegacyEncoding encoding) {
    return switch (encoding) {
      case TCVN3 -> Tcvn3Table.isMapped(c);
      case VNI -> VniTable.isMapped(c);
    };
  }

  /** Decodes {@code text} read through {@code encoding}'s table; lower-case font assumed. */
  static String decode(String text, LegacyEncoding encoding) {
    return switch (encoding) {
      case TCVN3 -> Tcvn3Table.decode(text);
      case VNI -> VniTable.decode(text);
    };
  }
}
