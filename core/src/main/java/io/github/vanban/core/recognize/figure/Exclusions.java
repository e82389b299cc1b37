package io.github.vanban.core.recognize.figure;

import static io.github.vanban.core.text.WordCharacters.wordCharAt;

import io.github.vanban.core.text.TonePlacement;
import java.util.List;

/**
 * Recognises numbers that are identifiers rather than figures, from what stands around them: list
 * markers {@code (1)}, ordinals and labels ({@code kỳ họp thứ 19}, {@code Bão số 3}, {@code Điều
 * 80}, {@code mức độ 2/3}), codes glued to letters ({@code COVID-19}, {@code 01-1:2008/BYT}) and
 * document numbers ({@code 205/NQ-HĐND}, {@code 18-NQ/TW}). Stateless and thread-safe.
 */
final class Exclusions {

  /** Words after which a number names or ranks something (khóa: either tone placement). */
  private static final List<String> LABEL_WORDS =
      List.of(
          "thứ",
          "số",
          "khóa",
          "kỳ",
          "điều",
          "khoản",
          "điểm",
          "chương",
          "mục",
          "phần",
          "quốc lộ",
          "tỉnh lộ",
          "đường tỉnh",
          "mức độ",
          "cấp độ",
          "hạng",
          "giai đoạn",
          "mũi",
          "lần",
          "tập",
          "tầng",
          "lô",
          "phụ lục",
          "biểu",
          "bảng",
          "trang",
          "bước",
          "tuyến",
          "xếp thứ");

  /** {@link #LABEL_WORDS} in both tone placements ({@code khóa}, {@code khoá}). */
  private static final List<String> LABEL_SPELLINGS =
      LABEL_WORDS.stream().flatMap(word -> TonePlacement.spellings(word).stream()).toList();

  private Exclusions() {}

  /**
   * Returns whether the number spanning {@code [start, end)} is an identifier, judged by the text
   * before {@code start} and right after {@code end}.
   */
  static boolean identifier(CharSequence text, int start, int end) {
    return gluedCode(text, start)
        || listMarker(text, start, end)
        || documentNumber(text, end)
        || labelBefore(text, start);
  }

  /** {@code -19} in {@code COVID-19}, {@code 2008} in {@code 1:2008}: glued to a code. */
  private static boolean gluedCode(CharSequence text, int start) {
    return Texts.charIn(text, start - 1, "-/:.,\u2013") && wordCharAt(text, start - 2);
  }

  private static boolean listMarker(CharSequence text, int start, int end) {
    return Texts.charIn(text, start - 1, "(") && Texts.charIn(text, end, ")");
  }

  /** {@code 205/NQ}, {@code 18-NQ}, {@code 06 - NQ/TU}: a serial followed by a code. */
  private static boolean documentNumber(CharSequence text, int end) {
    int i = end;
    if (Texts.charIn(text, i, ":") && VietnameseNumber.isDigit(text, i + 1)) {
      return true;
    }
    int j = Texts.skipSpaces(text, i, 1);
    if (!Texts.charIn(text, j, "/-")) {
      return false;
    }
    int k = Texts.skipSpaces(text, j + 1, 1);
    return k < text.length() && Character.isUpperCase(text.charAt(k));
  }

  private static boolean labelBefore(CharSequence text, int start) {
    int end = Texts.backSpaces(text, start, 1);
    if (end == start) {
      return false;
    }
    for (String w : LABEL_SPELLINGS) {
      if (Texts.wordEndsAt(text, end, w)) {
        return true;
      }
    }
    return false;
  }
}
