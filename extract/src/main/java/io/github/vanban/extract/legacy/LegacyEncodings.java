package io.github.vanban.extract.legacy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises and converts text in the legacy Vietnamese font encodings {@link LegacyEncoding#TCVN3}
 * and {@link LegacyEncoding#VNI}.
 *
 * <p>The input text is what a program reads from a run in such a font: each byte of the font
 * encoding as a Windows-1252 / Latin-1 character (what POI HWPF, RTF parsers and PDFBox without a
 * ToUnicode map give). Output is Unicode NFC. Characters that are already Vietnamese Unicode, and
 * plain ASCII, pass through.
 *
 * <p>Stateless and thread-safe.
 */
public final class LegacyEncodings {

  /** A PDF subset tag: six capitals and a plus sign. */
  private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");

  private static final Pattern VNI_FONT = Pattern.compile("^VNI(?:[-_ ]|[A-Z][a-z])");
  private static final Pattern TCVN3_FONT = Pattern.compile("^(?:\\.[Vv][Nn][A-Za-z]|Vn[A-Z])");

  /** Style words a font name may end with after the family ("-Bold", ",Italic", " BoldItalic"). */
  private static final Pattern STYLE_SUFFIX =
      Pattern.compile("(?:[-, ]*(?:Bold|Italic|Oblique|Regular|Normal|MT|PS))+$");

  private LegacyEncodings() {}

  /**
   * Returns the legacy encoding of a font from its name: {@code .VnTime}, {@code .VnTimeH}, {@code
   * VnTime}, {@code .VnArialH}, {@code VnTimes} and embedded PDF subsets such as {@code
   * ABCDEF+.VnTime} are TCVN3; {@code VNI-Times}, {@code VNI-Helve-Condense} are VNI.
   *
   * @param fontName the font name as the document gives it
   * @return empty for Unicode fonts (Times New Roman, Arial, ...)
   * @throws NullPointerException if {@code fontName} is null
   */
  public static Optional<LegacyEncoding> forFont(String fontName) {
    String name = familyName(fontName);
    if (VNI_FONT.matcher(name).find()) {
      return Optional.of(LegacyEncoding.VNI);
    }
    if (TCVN3_FONT.matcher(name).find()) {
      return Optional.of(LegacyEncoding.TCVN3);
    }
    return Optional.empty();
  }

  /**
   * Returns true for the TCVN3 fonts whose glyphs are all capitals ({@code .VnTimeH}, {@code
   * .VnArialH}, {@code .VnArial NarrowH}, {@code VnTimeH-Bold}): their lower-case code points are
   * shown, and must be read, as capitals.
   *
   * @param fontName the font name as the document gives it
   * @return true for an all-capitals TCVN3 font
   */
  public static boolean isUpperCaseFont(String fontName) {
    if (forFont(fontName).orElse(null) != LegacyEncoding.TCVN3) {
      return false;
    }
    String family = STYLE_SUFFIX.matcher(familyName(fontName)).replaceFirst("");
    return family.endsWith("H");
  }

  /**
   * Decodes the text of a run in a font of {@code encoding} to Unicode NFC.
   *
   * <p>Decode consecutive runs in fonts of one encoding together: Word splits runs between a VNI
   * base letter and its modifier ({@code ta} | {@code øu}). A run decoded alone that opens with a
   * modifier starts with combining marks, which compose only once the joined text is normalised to
   * NFC.
   *
   * @param text the run's bytes as Windows-1252 / Latin-1 characters
   * @param encoding the legacy encoding of the run's font
   * @param upperCaseFont true for an upper-case-only font ({@link #isUpperCaseFont}): the result is
   *     in capitals, as the font shows it
   * @return the decoded text, Unicode NFC
   */
  public static String decode(String text, LegacyEncoding encoding, boolean upperCaseFont) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
    String decoded = LegacyCodec.decode(text, encoding);
    return upperCaseFont ? decoded.toUpperCase(Locale.ROOT) : decoded;
  }

  /**
   * Guesses the legacy encoding of text that has no font information, from how many of its words
   * become Vietnamese syllables only when decoded with each table, against the words that are
   * already Vietnamese Unicode.
   *
   * @param text the text to examine
   * @return empty when the text reads as Unicode (or plain ASCII), or the evidence is too thin
   */
  public static Optional<LegacyEncoding> guess(String text) {
    return LegacyTextRepair.guess(Objects.requireNonNull(text, "text"));
  }

  /**
   * Converts only the lines of {@code text} that read as legacy-encoded (TCVN3 or VNI, decided line
   * by line, so mixed files come out whole), keeping words that are already Unicode. Normal
   * Vietnamese and English text comes back unchanged: the same string, not a copy.
   *
   * @param text the text to repair
   * @return the text with legacy-encoded lines converted to Unicode; {@code text} itself when no
   *     line is converted
   */
  public static String repair(String text) {
    return LegacyTextRepair.repair(Objects.requireNonNull(text, "text"));
  }

  private static String familyName(String fontName) {
    String name = SUBSET_TAG.matcher(fontName.strip()).replaceFirst("");
    return name.strip();
  }
}
