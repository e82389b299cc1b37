package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.TextSpan;
import java.util.List;

/**
 * List items labelled with a part of the whole (EXTRACTION.md section 4): a report that breaks an
 * indicator down by sector, economic zone or area writes each part as a label and a colon before
 * the indicator's own cue ({@code - Khu vực kinh tế Nhà nước: Dự tính GTSX CN tháng 10 đạt 111,4 tỷ
 * đồng}, {@code + Khu vực phía Bắc: Tổng vốn đầu tư thực hiện đạt 65,4 tỷ đồng}). The figure is the
 * part's, not the whole's the cue names. A label that names a topic ({@code Về kinh tế:}, {@code
 * Mục tiêu:}) or the indicator itself ({@code Thu nhập bình quân đầu người: ...}) is no part. The
 * words that open a part's label are the {@link ClauseWords.Role#PART} words. Read on the {@link
 * CueKey} of the text. Stateless and thread-safe.
 */
final class PartLabels {

  private static final List<String> PARTS = ClauseWords.of(ClauseWords.Role.PART);

  /** How many characters may stand between the label's colon and the cue ({@code Dự tính}). */
  private static final int MAX_GAP = 20;

  /** How long a label may be. */
  private static final int MAX_LABEL = 80;

  /** What opens a list item or ends the text before its label. */
  private static final String ITEM_STARTS = "-+•*\n;.:";

  private PartLabels() {}

  /**
   * Returns whether the cue at {@code cue} stands right after the colon of a list item's label that
   * names a part of the whole.
   *
   * @param key the cue key of the text
   * @param cue where the cue stands in the key
   * @return true when the cue measures the labelled part
   */
  static boolean labelled(String key, TextSpan cue) {
    int colon = colonBefore(key, Math.max(0, cue.start() - MAX_GAP), cue.start());
    if (colon < 0) {
      return false;
    }
    int lower = Math.max(0, colon - MAX_LABEL);
    int start = colon - 1;
    while (start >= lower && ITEM_STARTS.indexOf(key.charAt(start)) < 0) {
      start--;
    }
    if (start < lower && lower > 0) {
      return false;
    }
    String label = key.substring(start + 1, colon).strip();
    return PARTS.stream().anyMatch(p -> opens(label, p));
  }

  private static boolean opens(String label, String word) {
    return label.startsWith(word)
        && !Character.isLetterOrDigit(Clauses.charAt(label, word.length()));
  }

  /** The colon in {@code [from, to)} followed only by words up to {@code to}, or -1. */
  private static int colonBefore(String key, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = key.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!Character.isLetter(c) && c != ' ') {
        return -1;
      }
    }
    return -1;
  }
}
