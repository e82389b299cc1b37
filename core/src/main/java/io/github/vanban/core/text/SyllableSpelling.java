package io.github.vanban.core.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written parts of a Vietnamese syllable without its tone: an onset consonant ({@code ngh},
 * {@code tr}, {@code qu}...), a vowel group, and a final consonant ({@code ch}, {@code ng}, {@code
 * t}...), and which vowel groups may stand open or closed. Shared by the checks that tell text from
 * garbage: the legacy-encoding check and the OCR mark repair. Stateless and thread-safe.
 */
public final class SyllableSpelling {

  private static final Pattern SHAPE =
      Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?([aăâeêioôơuưy]+)"
              + "(ch|ng|nh|[cmnpt])?");
  private static final Set<String> NEEDS_CODA =
      Set.of("ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê");
  private static final Set<String> MAY_HAVE_CODA =
      Set.of("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "oo");
  private static final Set<String> OPEN =
      Set.of(
          "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
          "uơ", "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya",
          "uyu", "ươi", "ươu");

  private SyllableSpelling() {}

  /**
   * Returns a matcher that splits toneless lower-case letters into onset (group 1, absent when
   * none), vowel group (group 2) and final consonant (group 3, absent when none); call {@link
   * Matcher#matches()} on it.
   *
   * @param letters the syllable's letters without their tone, in lower case
   * @return a fresh matcher over {@code letters}
   */
  public static Matcher parts(CharSequence letters) {
    return SHAPE.matcher(letters);
  }

  /**
   * Returns whether a vowel group is spelled as Vietnamese writes it: closed by a final consonant
   * ({@code iê} in {@code tiến}) or open ({@code ai} in {@code hai}).
   *
   * @param vowels the toneless vowel group
   * @param closed whether a final consonant follows it
   * @return whether a syllable may have that rhyme
   */
  public static boolean rhymeSpelled(String vowels, boolean closed) {
    return closed
        ? NEEDS_CODA.contains(vowels) || MAY_HAVE_CODA.contains(vowels)
        : MAY_HAVE_CODA.contains(vowels) || OPEN.contains(vowels);
  }
}
