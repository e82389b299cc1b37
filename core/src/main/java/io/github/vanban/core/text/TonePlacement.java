package io.github.vanban.core.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two ways Vietnamese places the tone mark on the open syllables {@code oa}, {@code oe} and
 * {@code uy}: the old placement on the second vowel ({@code hoà}, {@code khoẻ}, {@code thuỷ},
 * {@code Uỷ ban}) and the new one on the first ({@code hòa}, {@code khỏe}, {@code thủy}, {@code Ủy
 * ban}). Official documents use both, often in one file, so recognisers accept both: {@link #toNew}
 * rewrites a text to the new placement before it is compared, {@link #regex} turns a phrase into a
 * regular expression accepting either, {@link #spellings} lists both spellings of a word.
 *
 * <p>A pair is rewritten only where it ends the syllable ({@code hoàng} and {@code thuyền} have no
 * other spelling), and {@code u} after {@code q} is part of the consonant ({@code quý} stays). Case
 * is kept letter by letter ({@code HOÀ} is {@code HÒA}). Stateless and thread-safe.
 */
public final class TonePlacement {

  /** Lower-case vowel pairs in the old placement, two characters each. */
  private static final String OLD = "oàoáoảoãoạoèoéoẻoẽoẹuỳuýuỷuỹuỵ";

  /** The same pairs in the new placement, at the same offsets as in {@link #OLD}. */
  private static final String NEW = "òaóaỏaõaọaòeóeỏeõeọeùyúyủyũyụy";

  /** The vowels with a hat or horn, which carry the tone of a group that holds one. */
  private static final String MARKED_VOWELS = "ăâêôơư";

  /** The open pairs whose tone may stand on the second vowel (the old placement). */
  private static final Set<String> TONE_ON_SECOND = Set.of("oa", "oe", "uy");

  private TonePlacement() {}

  /**
   * Returns {@code text} with every syllable in the old placement written in the new one.
   *
   * @param text NFC text
   * @return a string of the same length, so offsets carry over; {@code text}'s content unchanged
   *     where no syllable has the old placement
   */
  public static String toNew(CharSequence text) {
    return rewrite(text, OLD, NEW);
  }

  /**
   * Returns {@code text} with every syllable in the new placement written in the old one.
   *
   * @param text NFC text
   * @return a string of the same length
   */
  public static String toOld(CharSequence text) {
    return rewrite(text, NEW, OLD);
  }

  /**
   * Returns the spellings of {@code phrase} in the new and the old placement.
   *
   * @param phrase an NFC phrase in either placement
   * @return the new spelling, then the old one when it differs ({@code [khóa, khoá]}; {@code
   *     [khoản]})
   */
  public static List<String> spellings(String phrase) {
    String modern = toNew(phrase);
    String old = toOld(modern);
    return modern.equals(old) ? List.of(modern) : List.of(modern, old);
  }

  /**
   * Returns a regular expression that matches {@code phrase} written in either placement: each
   * syllable that has two spellings becomes a group of both ({@code Ủy ban} gives {@code
   * (?:Ủy|Uỷ)\Q ban\E}), every other character is quoted.
   *
   * @param phrase an NFC phrase in either placement, taken literally
   * @return a regular expression fragment without capturing groups
   */
  public static String regex(String phrase) {
    String modern = toNew(phrase);
    String old = toOld(modern);
    StringBuilder out = new StringBuilder();
    int literal = 0;
    for (int i = 0; i < modern.length(); i++) {
      if (modern.charAt(i) != old.charAt(i)) {
        quote(out, modern.substring(literal, i));
        out.append("(?:").append(modern, i, i + 2).append('|').append(old, i, i + 2).append(')');
        i++;
        literal = i + 1;
      }
    }
    quote(out, modern.substring(literal));
    return out.toString();
  }

  private static void quote(StringBuilder out, String literal) {
    if (!literal.isEmpty()) {
      out.append(Pattern.quote(literal));
    }
  }

  private static String rewrite(CharSequence chars, String from, String to) {
    // Read through a String (callers pass several kinds of CharSequence): one call site of
    // String.charAt, the cheapest read, instead of an interface call per character.
    String text = chars.toString();
    char[] out = null;
    int n = text.length();
    for (int i = 0; i + 1 < n; i++) {
      char first = text.charAt(i);
      char second = text.charAt(i + 1);
      if (!candidate(first, second) || i + 2 < n && Character.isLetter(text.charAt(i + 2))) {
        continue;
      }
      int k = pair(from, Character.toLowerCase(first), Character.toLowerCase(second));
      if (k >= 0 && !afterQ(text, i, first)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = sameCase(to.charAt(k), first);
        out[i + 1] = sameCase(to.charAt(k + 1), second);
        i++;
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * Whether {@code first second} may be a pair of either placement: {@code o} or {@code u} before a
   * marked vowel, or a marked vowel before {@code a}, {@code e} or {@code y} (every marked vowel
   * lies at U+00C0 or above); most positions of a text are rejected here at once.
   */
  private static boolean candidate(char first, char second) {
    return second >= '\u00C0' && (first == 'o' || first == 'O' || first == 'u' || first == 'U')
        || first >= '\u00C0'
            && (second == 'a'
                || second == 'A'
                || second == 'e'
                || second == 'E'
                || second == 'y'
                || second == 'Y');
  }

  /** Whether the pair at {@code i} opens with the {@code u} of {@code qu}. */
  private static boolean afterQ(String text, int i, char first) {
    return i > 0 && (first == 'u' || first == 'U') && "qQ".indexOf(text.charAt(i - 1)) >= 0;
  }

  private static int pair(String pairs, char first, char second) {
    for (int k = 0; k < pairs.length(); k += 2) {
      if (pairs.charAt(k) == first && pairs.charAt(k + 1) == second) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Returns whether the vowel at {@code index} of a syllable's vowel group may carry its tone, in
   * either placement: the vowel with a hat or horn when the group has one ({@code ươ}: the second),
   * else the last one of a single vowel or of a group a consonant closes, the middle one of three,
   * and the first one of two, or the second of {@code oa}, {@code oe} and {@code uy}.
   *
   * @param vowels the group's lower-case vowels without their tone ({@code oa}, {@code ươ})
   * @param index the position of the toned vowel in {@code vowels}
   * @param closed whether a final consonant closes the syllable
   * @return whether a Vietnamese spelling puts the tone there
   */
  public static boolean carriesTone(String vowels, int index, boolean closed) {
    int marked = -1;
    for (int i = 0; i < vowels.length(); i++) {
      if (MARKED_VOWELS.indexOf(vowels.charAt(i)) >= 0) {
        marked = i;
      }
    }
    if (marked >= 0) {
      return index == marked;
    }
    if (vowels.length() == 1 || closed) {
      return index == vowels.length() - 1;
    }
    if (vowels.length() == 3) {
      return index == 1;
    }
    return index == 0 || (index == 1 && TONE_ON_SECOND.contains(vowels));
  }

  private static char sameCase(char lower, char model) {
    return Character.isUpperCase(model) ? Character.toUpperCase(lower) : lower;
  }
}
