package io.github.vanban.extract.office;

import io.github.vanban.extract.legacy.LegacyEncoding;
import io.github.vanban.extract.legacy.LegacyEncodings;
import java.util.Optional;

/**
 * Converts the text of a character run set in a legacy Vietnamese font (TCVN3 {@code .VnTime}, VNI
 * {@code VNI-Times}) to Unicode, using the font's encoding; runs in other fonts pass through.
 *
 * <p>Word stores such runs as the Windows-1252 characters of the font's bytes; the font name is the
 * only reliable sign of what they mean, so the decision is made run by run, which also handles
 * files that mix TCVN3 and VNI. Immutable and thread-safe.
 */
final class LegacyFontText {

  /** Returns {@code text} converted from {@code fontName}'s encoding, or unchanged. */
  String decode(String text, String fontName) {
    if (fontName == null || text.isEmpty()) {
      return text;
    }
    Optional<LegacyEncoding> encoding = LegacyEncodings.forFont(fontName);
    if (encoding.isEmpty()) {
      return text;
    }
    return LegacyEncodings.decode(text, encoding.get(), LegacyEncodings.isUpperCaseFont(fontName));
  }

  /**
   * Returns what an optional (soft) hyphen stands for in a run of {@code fontName}: in a TCVN3 font
   * the soft hyphen's code point 0xAD is the letter ư, which Word or LibreOffice may have stored as
   * an optional hyphen (Word 97's {@code U+001F}, OOXML's {@code w:softHyphen}); elsewhere it is an
   * invisible hyphenation hint.
   *
   * @return {@code "\u00AD"}, which {@link #decode} turns into ư, or the empty string
   */
  String optionalHyphen(String fontName) {
    boolean tcvn3 =
        fontName != null
            && LegacyEncodings.forFont(fontName).filter(e -> e == LegacyEncoding.TCVN3).isPresent();
    return tcvn3 ? "\u00AD" : "";
  }
}
