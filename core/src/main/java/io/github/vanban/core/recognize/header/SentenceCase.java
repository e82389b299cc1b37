package io.github.vanban.core.recognize.header;

import io.github.vanban.core.text.TonePlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the upper-case name of a body in sentence case, keeping the capitals of proper names:
 * {@code HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH} gives {@code Hội đồng nhân dân tỉnh Quảng Ninh}, {@code
 * SỞ NỘI VỤ} gives {@code Sở Nội vụ}, {@code VĂN PHÒNG CHÍNH PHỦ} gives {@code Văn phòng Chính
 * phủ}.
 *
 * <p>Rules: the first word is capitalised; every word of a place name after an administrative level
 * ({@code tỉnh}, {@code thành phố}, {@code huyện}...) is capitalised; the first word of the name
 * after a department head ({@code Sở}, {@code Bộ}, {@code Ban}, {@code Cục}...) and the first word
 * after {@code và} inside it are capitalised; fixed proper names ({@code Chính phủ}, {@code Quốc
 * hội}, {@code Trung ương}) keep theirs; abbreviations ({@code UBND}, {@code HĐND}), which are not
 * Vietnamese syllables, stay upper case. Stateless and thread-safe.
 */
final class SentenceCase {

  private static final Set<String> PLACE_LEVELS =
      Set.of("tỉnh", "huyện", "quận", "xã", "phường", "thị trấn", "thị xã", "thành phố", "đặc khu");

  /** The word that makes a place level a Party committee ({@code Tỉnh ủy}), not a place. */
  private static final Set<String> PARTY_COMMITTEES = Set.copyOf(TonePlacement.spellings("ủy"));

  private static final Set<String> DEPARTMENT_HEADS =
      Set.of("sở", "bộ", "ban", "cục", "vụ", "tổng cục", "chi cục", "viện", "trung tâm");

  private static final Map<String, String> PROPER_NAMES =
      Map.of(
          "chính phủ", "Chính phủ",
          "quốc hội", "Quốc hội",
          "trung ương", "Trung ương",
          "việt nam", "Việt Nam",
          "tổ quốc", "Tổ quốc",
          "nhà nước", "Nhà nước",
          "thường vụ", "Thường vụ",
          "công an", "Công an");

  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?"
              + "[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
              + "(?:ng|nh|ch|[cmnptk])?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private SentenceCase() {}

  /** Returns {@code upper} in sentence case with proper names capitalised. */
  static String of(String upper) {
    String[] words = upper.strip().split("\\s+");
    List<String> out = new ArrayList<>(words.length);
    for (String w : words) {
      out.add(isAbbreviation(w) ? w : w.toLowerCase(Locale.ROOT));
    }
    capitalisePlaces(out);
    capitaliseDepartments(out);
    capitaliseProperNames(out);
    out.set(0, capitalise(out.get(0)));
    return String.join(" ", out);
  }

  /** Whether {@code word} is an abbreviation rather than a Vietnamese syllable. */
  static boolean isAbbreviation(String word) {
    String letters = word.replaceAll("[^\\p{L}]", "");
    return !letters.isEmpty() && !SYLLABLE.matcher(letters).matches();
  }

  private static void capitalisePlaces(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      int nameStart = levelEnd(words, i);
      if (nameStart == i || nameStart >= words.size()) {
        continue;
      }
      if (PARTY_COMMITTEES.contains(words.get(nameStart))) {
        words.set(i, capitalise(words.get(i)));
        nameStart++;
      }
      for (int k = nameStart; k < words.size() && !words.get(k).equals("và"); k++) {
        words.set(k, capitalise(words.get(k)));
      }
      return;
    }
  }

  private static int levelEnd(List<String> words, int i) {
    String one = words.get(i);
    String two = i + 1 < words.size() ? one + " " + words.get(i + 1) : "";
    if (PLACE_LEVELS.contains(two)) {
      return i + 2;
    }
    return PLACE_LEVELS.contains(one) ? i + 1 : i;
  }

  private static void capitaliseDepartments(List<String> words) {
    if (words.size() < 2) {
      return;
    }
    String two = words.get(0) + " " + words.get(1);
    int nameStart =
        DEPARTMENT_HEADS.contains(two) ? 2 : DEPARTMENT_HEADS.contains(words.get(0)) ? 1 : -1;
    if (nameStart < 0 || nameStart >= words.size() || levelEnd(words, nameStart) > nameStart) {
      return;
    }
    words.set(nameStart, capitalise(words.get(nameStart)));
    for (int k = nameStart + 1; k + 1 < words.size(); k++) {
      if (words.get(k).equals("và") && levelEnd(words, k + 1) == k + 1) {
        words.set(k + 1, capitalise(words.get(k + 1)));
      }
    }
  }

  private static void capitaliseProperNames(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      String proper =
          PROPER_NAMES.get(
              words.get(i).toLowerCase(Locale.ROOT)
                  + " "
                  + words.get(i + 1).toLowerCase(Locale.ROOT));
      if (proper != null) {
        String[] parts = proper.split(" ");
        words.set(i, parts[0]);
        words.set(i + 1, parts[1]);
      }
    }
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
