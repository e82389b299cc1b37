package io.github.vanban.extract.layout;

import io.github.vanban.extract.legacy.LegacyEncoding;
import io.github.vanban.extract.legacy.LegacyEncodings;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * Spells out a chunk's glyphs as text: a space where the gap between two glyphs is wider than a
 * letter's spacing or the PDF draws one, runs of a legacy Vietnamese font decoded word by word, and
 * known wrong characters of broken fonts replaced.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChunkAssembler {

  /** A gap wider than this share of the font size is a word space. */
  static final float SPACE_GAP = 0.13f;

  /** A digit smaller than this share of its line's size, and raised, is a superscript. */
  static final float SUPERSCRIPT_SIZE = 0.8f;

  /** How far above the baseline, as a share of the line's size, a superscript sits at least. */
  static final float SUPERSCRIPT_RISE = 0.15f;

  private ChunkAssembler() {}

  /** Superscript forms of the digits 0 to 9. */
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /**
   * Builds a chunk from glyphs sorted left to right; blank glyphs only mark spaces.
   *
   * @param glyphs the glyphs, left to right
   * @return the chunk with its text; an empty text for no glyph
   */
  public static Chunk assemble(List<Glyph> glyphs) {
    return assemble(glyphs, Float.NaN, Float.NaN);
  }

  /**
   * Builds a chunk from glyphs sorted left to right, writing small raised digits (footnote calls)
   * as superscript digits so that they never run into the word or number before them.
   *
   * @param glyphs the glyphs, left to right
   * @param baseline the line's baseline, or NaN when unknown
   * @param size the line's font size, or NaN when unknown
   * @return the chunk with its text; an empty text for no glyph
   */
  public static Chunk assemble(List<Glyph> glyphs, float baseline, float size) {
    StringBuilder text = new StringBuilder();
    StringBuilder run = new StringBuilder();
    Glyph runFont = null;
    Glyph previous = null;
    Glyph blank = null;
    float left = Float.NaN;
    float right = Float.NaN;
    float firstWordEnd = Float.NaN;
    for (Glyph g : glyphs) {
      if (g.blank()) {
        blank = previous == null ? null : g;
        continue;
      }
      boolean gap =
          previous != null
              && (between(blank, previous, g) || g.x() - previous.right() > SPACE_GAP * g.size());
      boolean fontChange =
          runFont != null && (g.legacy() != runFont.legacy() || !g.font().equals(runFont.font()));
      if (gap || fontChange) {
        flush(run, runFont, text);
        runFont = null;
      }
      if (gap) {
        text.append(' ');
        if (Float.isNaN(firstWordEnd)) {
          firstWordEnd = previous.right();
        }
      }
      if (runFont == null) {
        runFont = g;
      }
      run.append(superscript(g, baseline, size) ? superscriptOf(g.text()) : g.text());
      left = Float.isNaN(left) ? g.x() : Math.min(left, g.x());
      right = Float.isNaN(right) ? g.right() : Math.max(right, g.right());
      previous = g;
      blank = null;
    }
    flush(run, runFont, text);
    String clean = repair(Normalizer.normalize(text, Normalizer.Form.NFC));
    return new Chunk(glyphs, clean, left, right, Float.isNaN(firstWordEnd) ? right : firstWordEnd);
  }

  /** Returns true when a space glyph stands wholly in the gap between two glyphs. */
  private static boolean between(Glyph blank, Glyph previous, Glyph next) {
    if (blank == null) {
      return false;
    }
    return blank.x() >= previous.right() - 0.1f * previous.size()
        && blank.right() <= next.x() + 0.1f * next.size();
  }

  private static boolean superscript(Glyph g, float baseline, float size) {
    return g.size() < SUPERSCRIPT_SIZE * size
        && g.baseline() < baseline - SUPERSCRIPT_RISE * size
        && g.text().length() == 1
        && Character.isDigit(g.text().charAt(0));
  }

  private static String superscriptOf(String digit) {
    int d = Character.digit(digit.charAt(0), 10);
    return d < 0 ? digit : String.valueOf(SUPERSCRIPT_DIGITS.charAt(d));
  }

  private static void flush(StringBuilder run, Glyph font, StringBuilder text) {
    if (run.length() == 0) {
      return;
    }
    String raw = run.toString();
    run.setLength(0);
    Optional<LegacyEncoding> legacy =
        font.legacy() ? LegacyEncodings.forFont(font.font()) : Optional.empty();
    text.append(
        legacy.isPresent()
            ? LegacyEncodings.decode(
                raw, legacy.get(), LegacyEncodings.isUpperCaseFont(font.font()))
            : raw);
  }

  /**
   * Replaces look-alike characters that broken font maps give for Vietnamese letters: ƣ/Ƣ (the "oi"
   * letter) for ư/Ư.
   *
   * @param text the text as the font map gave it
   * @return the text with the look-alikes replaced
   */
  public static String repair(String text) {
    return text.replace('\u01A3', '\u01B0').replace('\u01A2', '\u01AF');
  }
}
