package io.github.vanban.extract.legacy;

/**
 * A pre-Unicode Vietnamese font encoding: text typed in such a font is stored as Windows-1252
 * characters that the font draws as Vietnamese letters.
 *
 * <p>Immutable and thread-safe.
 */
public enum LegacyEncoding {
  /**
   * TCVN 5712:1993 VN3, the "ABC" encoding of the {@code .VnTime}, {@code .VnTimeH}, {@code
   * .VnArial}, {@code .VnArialH}, ... fonts: one byte per letter, each lower-case toned letter in
   * 0xA8-0xFE and the seven capitals Ă Â Ê Ô Ơ Ư Đ in 0xA1-0xA7. Capitals with a tone have no code
   * point; the upper-case-only fonts whose name ends in {@code H} draw the lower-case code points
   * as capitals.
   */
  TCVN3,
  /**
   * VNI for Windows, the encoding of the {@code VNI-Times}, {@code VNI-Helve}, ... fonts: a
   * Vietnamese letter is an ASCII base letter followed by a modifier byte carrying the tone and the
   * circumflex or breve ({@code a} + {@code ù} = á, {@code a} + {@code á} = ấ), and ơ ư đ ỉ ĩ ị ì í
   * ỵ have single bytes ({@code ô ö ñ æ ó ò ì í î}); capitals use the upper-case forms.
   */
  VNI
}
