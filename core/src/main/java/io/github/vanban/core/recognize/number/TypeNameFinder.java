package io.github.vanban.core.recognize.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the noun that names a cited document's type before its number: {@code Nghị quyết số
 * 176/NQ-HĐND}, {@code Nghị quyết 10-NQ/TU}, {@code 02 tờ trình: số 1650/TTr-UBND}, {@code Báo cáo
 * thẩm tra số 425/BC-UBPLTP15}, {@code Luật Tổ chức chính quyền địa phương số 72/2025/QH15} (up to
 * six words between the noun and {@code số}, the nearest noun first), and tells when a number
 * continues a list that shares one noun ({@code ..., số 04-NQ/TU}, {@code và số 187/BC-UBND}).
 * Markdown emphasis marks ({@code Nghị quyết số* *202/2025/QH15}) count as space.
 *
 * <p>Nouns come from {@link DocumentTypes#nouns()} and are returned in that capitalisation ({@code
 * các báo cáo} gives {@code Báo cáo}). Looks at most a few words back, so each question costs
 * constant time. Immutable and thread-safe.
 */
final class TypeNameFinder {

  private static final int WINDOW = 64;
  private static final int MAX_WORDS_BETWEEN = 6;
  private static final int MAX_TITLE_WORDS = 14;
  private static final String SO_VOWELS = "oóòỏõọôốồổỗộOÓÒỎÕỌÔỐỒỔỖỘ";
  private static final Pattern LIST_GLUE =
      Pattern.compile("(?iu)(?:[,;]|(?<![\\p{L}\\p{N}])(?:và|hoặc))\\s*+\\z");

  private final Pattern nounAtEnd;
  private final Pattern namedAtEnd;
  private final Pattern citationAhead;
  private final Map<String, String> canonical = new HashMap<>();

  TypeNameFinder(DocumentTypes types) {
    List<String> nouns = types.nouns();
    StringBuilder alternation = new StringBuilder();
    for (String noun : nouns) {
      canonical.put(key(noun), noun);
      alternation.append(alternation.length() == 0 ? "" : "|");
      alternation.append(String.join("\\s++", quoteWords(noun)));
    }
    nounAtEnd = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alternation + ")\\z");
    List<String> named = new ArrayList<>();
    types.namedNouns().forEach(noun -> named.add(String.join("\\s++", quoteWords(noun))));
    namedAtEnd = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", named) + ")\\z");
    citationAhead =
        Pattern.compile("(?iu)\\s*+(?:" + alternation + ")\\s++(?:số(?![\\p{L}\\p{N}])|\\d)");
  }

  private static List<String> quoteWords(String noun) {
    return Arrays.stream(noun.split(" ")).map(Pattern::quote).toList();
  }

  private static String key(String phrase) {
    return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the type noun before the number starting at {@code numberStart}, if the text has one.
   */
  Optional<String> nounBefore(String text, int numberStart) {
    int end = skipSpaceBack(text, numberStart);
    int afterSo = end;
    end = skipSoBack(text, end);
    int maxWords = end != afterSo ? MAX_TITLE_WORDS : 0;
    if (end > 0 && text.charAt(end - 1) == ':') {
      end = skipSpaceBack(text, end - 1);
    }
    for (int words = 0; words <= maxWords; words++) {
      Optional<String> noun =
          nounEndingAt(words <= MAX_WORDS_BETWEEN ? nounAtEnd : namedAtEnd, text, end);
      if (noun.isPresent()) {
        return noun;
      }
      int wordStart = end;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == end) {
        break;
      }
      end = skipSpaceBack(text, wordStart);
      if (end > 0 && text.charAt(end - 1) == ',') {
        end = skipSpaceBack(text, end - 1);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether the number at {@code numberStart} continues a list: only {@code ,}, {@code ;},
   * {@code và} or {@code hoặc} (and {@code số}) stand between it and what precedes.
   */
  boolean continuesList(String text, int numberStart) {
    int end = skipSoBack(text, skipSpaceBack(text, numberStart));
    Matcher m = LIST_GLUE.matcher(text).region(Math.max(0, end - WINDOW), end);
    m.useTransparentBounds(true);
    return m.find();
  }

  /**
   * Returns whether a citation opens at {@code from}: a type noun followed by {@code số} or a digit
   * ({@code ; Quy định số 22-QĐ/TW}), after white space.
   */
  boolean citationAt(String text, int from) {
    Matcher m = citationAhead.matcher(text).region(from, text.length());
    m.useTransparentBounds(true);
    return m.lookingAt();
  }

  private Optional<String> nounEndingAt(Pattern nouns, String text, int end) {
    Matcher m = nouns.matcher(text).region(Math.max(0, end - WINDOW), end);
    m.useTransparentBounds(true);
    return m.find() ? Optional.of(canonical.get(key(m.group()))) : Optional.empty();
  }

  /**
   * Returns where the word {@code số} (or {@code số:}) ending at {@code end} starts, with the space
   * before it skipped, or {@code end} when there is none. OCR's {@code sô}, {@code sỗ} count.
   */
  private static int skipSoBack(String text, int end) {
    int wordEnd = end > 0 && text.charAt(end - 1) == ':' ? skipSpaceBack(text, end - 1) : end;
    int start = wordEnd - 2;
    boolean so =
        start >= 0
            && (text.charAt(start) == 's' || text.charAt(start) == 'S')
            && SO_VOWELS.indexOf(text.charAt(start + 1)) >= 0
            && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    return so ? skipSpaceBack(text, start) : end;
  }

  private static int skipSpaceBack(String text, int end) {
    int i = end;
    while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '*')) {
      i--;
    }
    return i;
  }
}
