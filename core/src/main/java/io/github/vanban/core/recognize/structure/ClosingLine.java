package io.github.vanban.core.recognize.structure;

import java.util.regex.Pattern;

/**
 * Recognises the lines after which no clause or point belongs to the last article: the recipients
 * ({@code Nơi nhận}), the signature's authority ({@code TM.}, {@code KT.}, {@code TL.}...), the
 * line of adoption of a law or a resolution of the National Assembly ({@code Luật này được Quốc hội
 * ... thông qua}), an annex ({@code PHỤ LỤC}) and a Roman-numbered heading of an attached programme
 * or report ({@code I- Đánh giá...}). Stateless.
 */
final class ClosingLine {

  private static final Pattern CLOSING_WORDS =
      Pattern.compile(
          "(?:nơi nhận|(?:tm|kt|tl|tuq|q|t/m)\\s*\\.)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ANNEX =
      Pattern.compile("PHỤ LỤC(?!\\p{L})|Phụ lục(?:\\s*$|\\s+(?:[IVXLC]+|\\d+|số)(?![\\p{L}\\d]))");
  private static final Pattern ADOPTION =
      Pattern.compile(
          "(?:Luật|Bộ luật|Nghị quyết|Pháp lệnh) này (?:đã )?được (?:Quốc hội|Ủy ban Thường vụ Quốc hội)");
  private static final Pattern ROMAN_HEADING = Pattern.compile("[IVXLC]+\\s*[.\\-–)]\\s");

  private ClosingLine() {}

  /** Returns whether {@code line} (without leading blanks) ends the structured part. */
  static boolean closes(String line) {
    return CLOSING_WORDS.matcher(line).lookingAt()
        || ANNEX.matcher(line).lookingAt()
        || ADOPTION.matcher(line).lookingAt()
        || ROMAN_HEADING.matcher(line).lookingAt();
  }
}
