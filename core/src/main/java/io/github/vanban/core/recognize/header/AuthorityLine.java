package io.github.vanban.core.recognize.header;

import io.github.vanban.core.text.TonePlacement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The authority line of a resolution or decision: the issuing body's name in capitals after the
 * subject and before the preamble ({@code ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI}, {@code HỘI ĐỒNG NHÂN
 * DÂN TỈNH GIA LAI}, {@code TRƯỞNG BAN CHỈ ĐẠO ...}). It names the issuer where the header's top
 * block is missing or unreadable; an office holder's title before a body's name is dropped ({@code
 * CHỦ TỊCH ỦY BAN NHÂN DÂN ...} gives the committee). Stateless and thread-safe.
 */
final class AuthorityLine {

  /**
   * A line opening with an authority: a body ({@code ỦY BAN} in either tone placement, or {@code Y
   * BAN} whose {@code Ủ} was lost), the Government or the National Assembly standing alone on their
   * line ({@code CHÍNH PHỦ}, {@code QUỐC HỘI}: as the start of a line they may open a subject's
   * wrapped words, {@code CHÍNH PHỦ ĐIỆN TỬ}), or the holder of an office who issues in its own
   * name. Only these titles of {@link io.github.vanban.core.text.OfficialTitles}: a deputy, a
   * member or a secretary never heads an authority line, and a title {@code HOLDER} does not drop
   * would be taken for the body's name ({@code THỨ TRƯỞNG BỘ TÀI CHÍNH}).
   */
  static final Pattern AUTHORITY =
      Pattern.compile(
          "^(?:"
              + TonePlacement.regex("ỦY BAN")
              + "|Y BAN|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|BAN CHẤP HÀNH|BAN THƯỜNG VỤ"
              + "|VĂN PHÒNG|GIÁM ĐỐC|TRƯỞNG BAN|THỐNG ĐỐC|TỔNG KIỂM TOÁN|TỔNG THANH TRA"
              + "|CHÁNH ÁN|VIỆN TRƯỞNG|CHÍNH PHỦ$|QUỐC HỘI$)(?![\\p{L}])");

  /**
   * An office holder's title standing before the name of the body the holder signs for ({@code CHỦ
   * TỊCH ỦY BAN ...} is the committee): not {@code THỦ TƯỚNG}, since {@code THỦ TƯỚNG CHÍNH PHỦ} is
   * itself the issuer, and {@code TRƯỞNG BAN} keeps its {@code BAN}, the body's first word.
   */
  private static final Pattern HOLDER =
      Pattern.compile("^(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỐNG ĐỐC|TRƯỞNG(?= BAN))\\s+(?=\\p{Lu})");

  /** Where the preamble starts: the authority line stands before it. */
  private static final Pattern PREAMBLE =
      Pattern.compile(
          "^[-+*•\\s]{0,4}(?:Căn cứ|Xét|Theo đề nghị|QUYẾT NGHỊ|QUYẾT ĐỊNH:)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The place of a body broken onto the next line ({@code HỘI ĐỒNG NHÂN DÂN} / {@code TỈNH ĐỒNG
   * THÁP}): an upper-case line naming a province, city, district or commune and nothing else.
   */
  private static final Pattern PLACE_LINE =
      Pattern.compile(
          "^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\\s+\\p{Lu}[\\p{Lu}\\s-]{1,40}$");

  private static final int MAX_LINES = 12;

  private AuthorityLine() {}

  /**
   * Returns the issuer named by the authority line among the {@value #MAX_LINES} lines after {@code
   * from}, in sentence case (with its place when that stands alone on the next line), or {@code
   * null} when there is none before the preamble.
   */
  static String issuer(List<HeaderLine> lines, int from) {
    for (int i = Math.max(0, from); i < Math.min(lines.size(), from + MAX_LINES); i++) {
      HeaderLine line = lines.get(i);
      if (PREAMBLE.matcher(line.text()).find()) {
        return null;
      }
      String upper = line.upper();
      if (line.isUpperCase() && AUTHORITY.matcher(upper).find()) {
        String body = HOLDER.matcher(upper).replaceFirst("");
        if (i + 1 < lines.size() && PLACE_LINE.matcher(lines.get(i + 1).upper()).find()) {
          body = body + " " + lines.get(i + 1).upper();
        }
        return SentenceCase.of(body);
      }
    }
    return null;
  }
}
