package io.github.vanban.core.recognize.header;

import io.github.vanban.core.recognize.number.DocumentTypes;
import io.github.vanban.core.text.VietnameseText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The document types of Nghị định 30/2020/NĐ-CP and the Party rules: abbreviation, name, and the
 * title line that announces them. Stateless and thread-safe.
 */
final class DocumentTitles {

  /** The type given to a Công văn, whose number has no type. */
  static final String OFFICIAL_LETTER = "CV";

  /** The name of a Công văn. */
  static final String OFFICIAL_LETTER_NAME = "Công văn";

  /** The type codes and names, shared with the reference recogniser. */
  private static final DocumentTypes LEXICON = DocumentTypes.standard();

  /** Title line, upper case, to abbreviation. */
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("NGHỊ QUYẾT", "NQ"),
          Map.entry("QUYẾT ĐỊNH", "QĐ"),
          Map.entry("CHỈ THỊ", "CT"),
          Map.entry("QUY CHẾ", "QC"),
          Map.entry("QUY ĐỊNH", "QyĐ"),
          Map.entry("THÔNG CÁO", "TC"),
          Map.entry("THÔNG BÁO", "TB"),
          Map.entry("THÔNG BÁO KẾT LUẬN", "TB"),
          Map.entry("HƯỚNG DẪN", "HD"),
          Map.entry("CHƯƠNG TRÌNH", "CTr"),
          Map.entry("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTr"),
          Map.entry("KẾ HOẠCH", "KH"),
          Map.entry("PHƯƠNG ÁN", "PA"),
          Map.entry("ĐỀ ÁN", "ĐA"),
          Map.entry("DỰ ÁN", "DA"),
          Map.entry("BÁO CÁO", "BC"),
          Map.entry("BIÊN BẢN", "BB"),
          Map.entry("TỜ TRÌNH", "TTr"),
          Map.entry("HỢP ĐỒNG", "HĐ"),
          Map.entry("CÔNG ĐIỆN", "CĐ"),
          Map.entry("GIẤY MỜI", "GM"),
          Map.entry("GIẤY GIỚI THIỆU", "GGT"),
          Map.entry("GIẤY ỦY QUYỀN", "GUQ"),
          Map.entry("PHIẾU TRÌNH", "PT"),
          Map.entry("NGHỊ ĐỊNH", "NĐ"),
          Map.entry("THÔNG TƯ", "TT"),
          Map.entry("THÔNG TƯ LIÊN TỊCH", "TTLT"),
          Map.entry("KẾT LUẬN", "KL"),
          Map.entry("THÔNG TRI", "TT"),
          Map.entry("LUẬT", ""));

  private static final Pattern TITLE_BEFORE_OWNER = Pattern.compile("^(.{2,25}?) (?:CỦA|VỀ) .*");

  /**
   * The titles without diacritics or spaces (an OCR splits {@code QUY ET ĐỊNH}), to the title as
   * spelled.
   */
  private static final Map<String, String> FOLDED_TITLES =
      TITLES.keySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  t -> VietnameseText.foldDiacritics(t).replace(" ", ""), t -> t));

  private static final Pattern FOLDED_BEFORE_OWNER = Pattern.compile("^(.{2,25}?) (?:CUA|VE) .*");

  private DocumentTitles() {}

  /** Returns the abbreviation in official capitalisation when {@code code} is a known type. */
  static Optional<String> canonicalCode(String code) {
    return LEXICON.canonicalType(code);
  }

  /** Returns the name of a known abbreviation ({@code NQ} gives {@code Nghị quyết}). */
  static Optional<String> name(String code) {
    return canonicalCode(code).flatMap(LEXICON::typeName);
  }

  /**
   * Returns the title a line announces: the whole line ({@code NGHỊ QUYẾT}) or its start before
   * {@code CỦA} or {@code VỀ} ({@code QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN ...} gives {@code QUYẾT
   * ĐỊNH}).
   *
   * @param upperLine the line in upper case, single-spaced
   * @return the title phrase, a key of the title table, or empty
   */
  static Optional<String> title(String upperLine) {
    if (TITLES.containsKey(upperLine)) {
      return Optional.of(upperLine);
    }
    Matcher m = TITLE_BEFORE_OWNER.matcher(upperLine);
    if (m.matches() && TITLES.containsKey(m.group(1))) {
      return Optional.of(m.group(1));
    }
    return foldedTitle(upperLine);
  }

  /**
   * The title of a line whose marks or spaces an OCR misread ({@code NGHỊ QUYÉT}, {@code QUY ET
   * ĐỊNH}), found without diacritics and spaces; the title is returned as it is spelled.
   */
  private static Optional<String> foldedTitle(String upperLine) {
    String folded = VietnameseText.foldDiacritics(upperLine);
    String whole = folded.replace(" ", "");
    if (FOLDED_TITLES.containsKey(whole)) {
      return Optional.of(FOLDED_TITLES.get(whole));
    }
    Matcher m = FOLDED_BEFORE_OWNER.matcher(folded);
    return m.matches()
        ? Optional.ofNullable(FOLDED_TITLES.get(m.group(1).replace(" ", "")))
        : Optional.empty();
  }

  /**
   * Returns the title an OCR or layout line opens with when the subject follows on the same line
   * ({@code NGHỊ QUYẾT Về nhiệm vụ ...} gives {@code NGHỊ QUYẾT}): the title in upper case, then a
   * word with a lower-case letter.
   */
  static Optional<String> titleBeforeText(String line) {
    return TITLES.keySet().stream()
        .filter(t -> line.startsWith(t + " "))
        .filter(t -> hasLowerCase(firstWord(line.substring(t.length() + 1))))
        .max(java.util.Comparator.comparingInt(String::length));
  }

  /**
   * Returns the title an upper-case line opens with when the subject follows on the same line in
   * upper case ({@code BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG} gives {@code BÁO CÁO}), and only
   * when that title names the type {@code code} that the number line gives: without that agreement
   * such a line may be a heading of the body.
   *
   * @param upperLine the line in upper case, single-spaced
   * @param code the type abbreviation of the header's number
   * @return the title phrase, or empty
   */
  static Optional<String> titleOpening(String upperLine, String code) {
    return TITLES.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty() && sameType(e.getValue(), code))
        .map(Map.Entry::getKey)
        .filter(t -> upperLine.startsWith(t + " "))
        .max(java.util.Comparator.comparingInt(String::length));
  }

  private static String firstWord(String text) {
    String stripped = text.strip();
    int space = stripped.indexOf(' ');
    return space < 0 ? stripped : stripped.substring(0, space);
  }

  private static boolean hasLowerCase(String word) {
    return word.codePoints().anyMatch(Character::isLowerCase);
  }

  /** Returns whether two abbreviations name the same type (the Party writes Quy định as QĐ). */
  static boolean sameType(String a, String b) {
    return a.equals(b) || Set.of(a, b).equals(Set.of("QĐ", "QyĐ"));
  }

  /** Returns the abbreviation a title announces, empty for a title without one (LUẬT). */
  static Optional<String> codeOfTitle(String title) {
    return Optional.ofNullable(TITLES.get(title)).filter(c -> !c.isEmpty());
  }

  /** Returns the title in sentence case ({@code NGHỊ QUYẾT} gives {@code Nghị quyết}). */
  static String titleName(String upperLine) {
    String lower = upperLine.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
