package io.github.vanban.core.recognize.header;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

  private static final Pattern UNFINISHED = Pattern.compile("(?:THƯỜNG VỤ|VÀ|CỦA|[,&-])$");

  private static final Pattern BODY_HEAD =
      Pattern.compile(
          "^(?:Ủ?Y BAN|UỶ BAN|UBND|UBMTTQ|HỘI ĐỒNG|HĐND|THƯỜNG TRỰC|SỞ|BAN|VĂN PHÒNG|BỘ|TỔNG CỤC|CỤC"
              + "|CHI CỤC|TRUNG TÂM|ĐOÀN|ĐẢNG BỘ|ĐẢNG Ủ?Y|ĐẢNG UỶ|CHI BỘ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)"
              + " (?:ỦY|UỶ)|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|CHỦ TỊCH|CÔNG AN|THANH TRA|TÒA ÁN|TOÀ ÁN"
              + "|VIỆN|KHO BẠC|NGÂN HÀNG|BẢO HIỂM|CÔNG TY|TRƯỜNG|PHÒNG|HỘI|LIÊN ĐOÀN|MẶT TRẬN|TỔ"
              + "|BCH|BCĐ|BQL)(?![\\p{L}])");

  /**
   * Reads the issuer from {@code lines}, the top lines before the title.
   *
   * @param lines the lines to read, in order
   * @param skip indexes in {@code lines} of lines that are not part of the issuer (the number line)
   * @return the issuer, or {@code null} when no line names a body
   */
  static IssuerBlock read(List<HeaderLine> lines, Set<Integer> skip) {
    List<StringBuilder> bodies = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String name = nameLine(lines.get(i));
      if (skip.contains(i) || name == null) {
        continue;
      }
      if (BODY_HEAD.matcher(name).find() && (bodies.isEmpty() || !continues(bodies))) {
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
    String left = line.withoutMotto();
    if (left.isEmpty() || !HeaderLine.isUpperCase(left) || left.length() > MAX_LINE) {
      return null;
    }
    String upper = HeaderLine.upper(left);
    boolean words = Arrays.stream(upper.split(" ")).anyMatch(w -> !SentenceCase.isAbbreviation(w));
    return !words || DocumentTitles.title(upper).isPresent() ? null : upper;
  }
}
