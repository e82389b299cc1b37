package io.github.vanban.core.recognize.header;

import io.github.vanban.core.text.TonePlacement;
import io.github.vanban.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body from the upper-case lines at the top of the left column: lines are joined into
 * bodies, a new body starting at a line that opens with a body's head word ({@code ỦY BAN}, {@code
 * SỞ}, {@code TỈNH ỦY}...), any other line continuing the one above ({@code TỈNH QUẢNG NINH},
 * {@code THƯƠNG MẠI VÀ DU LỊCH}). The last body is the issuer, the one above it the parent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param issuer the issuer in sentence case
 * @param parent the body above it in sentence case, or {@code null}
 */
record IssuerBlock(String issuer, String parent) {

  /** The longest line read as part of a body's name. */
  private static final int MAX_LINE = 100;

  /**
   * The number line an OCR joined to a body's name ({@code BAN QUẢN LÝ CÁC KCN Số! /BC-KCN Bắc
   * Giang, ngày ...}): {@code Số} as the OCR reads it, then a serial, a noise mark or the code.
   */
  private static final Pattern JOINED_NUMBER =
      Pattern.compile("\\s+S[ốôóồỗo6][:!;.]?\\s{0,3}(?=[0-9/#†§-])");

  /** The most common heads without diacritics, for an OCR's {@code ỦY BẠN NHÂN DÂN}. */
  private static final Pattern FOLDED_HEAD =
      Pattern.compile(
          "^(?:U?Y BAN NHAN DAN|HOI DONG NHAN DAN|SO [A-Z]{2,}|BAN [A-Z]{2,}|VAN PHONG)(?![A-Z])");

  /**
   * What an OCR reads of the page's edge before the first letter ({@code _ỦY BAN}, {@code . _}).
   */
  private static final Pattern LEADING_NOISE = Pattern.compile("^[^\\p{L}]+");

  /** What an OCR reads of specks after the last word ({@code CẢI CÁCH .}). */
  private static final Pattern TRAILING_NOISE = Pattern.compile("[^\\p{L}0-9)]+$");

  private static final Pattern UNFINISHED = Pattern.compile("(?:THƯỜNG VỤ|VÀ|CỦA|[,&-])$");

  /**
   * {@code ỦY} of a committee in either tone placement, or a {@code Y} whose {@code Ủ} was lost.
   */
  private static final String COMMITTEE = "(?:" + TonePlacement.regex("ỦY") + "|Y)";

  private static final Pattern BODY_HEAD =
      Pattern.compile(
          "^(?:"
              + COMMITTEE
              + " BAN|UBND|UBMTTQ|HỘI ĐỒNG|HĐND|THƯỜNG TRỰC|SỞ|BAN|VĂN PHÒNG|BỘ|TỔNG CỤC|CỤC"
              + "|CHI CỤC|TRUNG TÂM|ĐOÀN|ĐẢNG BỘ|ĐẢNG "
              + COMMITTEE
              + "|CHI BỘ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) "
              + TonePlacement.regex("ỦY")
              + "|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|CHỦ TỊCH|CÔNG AN|THANH TRA|"
              + TonePlacement.regex("TÒA ÁN")
              + "|VIỆN|KHO BẠC|NGÂN HÀNG|BẢO HIỂM|CÔNG TY|TRƯỜNG|PHÒNG|HỘI|LIÊN ĐOÀN|MẶT TRẬN|TỔ"
              + "|BCH|BCĐ|BQL)(?![\\p{L}])");

  /**
   * Reads the issuer from {@code lines}, the top lines before the title.
   *
   * @param lines the lines to read, in order
   * @param skip indexes in {@code lines} of lines that are not part of the issuer (the number
   *     line): the left column's body names stand above its number line, so once a body is read,
   *     the upper-case lines under the number line (a title the recogniser does not know, a
   *     heading) are not read as more of its name
   * @return the issuer, or {@code null} when no line names a body
   */
  static IssuerBlock read(List<HeaderLine> lines, Set<Integer> skip) {
    List<StringBuilder> bodies = new ArrayList<>();
    int numberLine = skip.stream().min(Integer::compare).orElse(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String name = nameLine(lines.get(i));
      if (skip.contains(i) || name == null) {
        continue;
      }
      if (i > numberLine && !bodies.isEmpty()) {
        break;
      }
      if (isHead(name) && (bodies.isEmpty() || !continues(bodies))) {
        bodies.add(new StringBuilder(name));
      } else if (!bodies.isEmpty()) {
        bodies.get(bodies.size() - 1).append(' ').append(name);
      }
    }
    if (bodies.isEmpty()) {
      return null;
    }
    String issuer = SentenceCase.of(bodies.get(bodies.size() - 1).toString());
    String parent =
        bodies.size() > 1 ? SentenceCase.of(bodies.get(bodies.size() - 2).toString()) : null;
    return new IssuerBlock(issuer, parent);
  }

  /** Whether the line opens with a body's head word, as written or as an OCR misread its marks. */
  private static boolean isHead(String name) {
    return BODY_HEAD.matcher(name).find()
        || FOLDED_HEAD.matcher(VietnameseText.foldDiacritics(name)).find();
  }

  /**
   * Whether the last body's name is unfinished ({@code ỦY BAN THƯỜNG VỤ} before {@code QUỐC HỘI}).
   */
  private static boolean continues(List<StringBuilder> bodies) {
    return UNFINISHED.matcher(bodies.get(bodies.size() - 1)).find();
  }

  /** Returns the upper-case part of a line that may name a body, or {@code null}. */
  private static String nameLine(HeaderLine line) {
    if (line.isBlank() || line.isDecoration() || line.isMarker()) {
      return null;
    }
    String left =
        TRAILING_NOISE
            .matcher(LEADING_NOISE.matcher(line.withoutMotto()).replaceFirst(""))
            .replaceFirst("");
    Matcher number = JOINED_NUMBER.matcher(left);
    if (number.find() && number.start() > 0) {
      left = left.substring(0, number.start()).strip();
    }
    if (left.isEmpty() || !HeaderLine.isUpperCase(left) || left.length() > MAX_LINE) {
      return null;
    }
    String upper = HeaderLine.upper(left);
    boolean words = Arrays.stream(upper.split(" ")).anyMatch(w -> !SentenceCase.isAbbreviation(w));
    return !words || DocumentTitles.title(upper).isPresent() ? null : upper;
  }
}
