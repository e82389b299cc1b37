package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a metric is a target, an estimate or a result (EXTRACTION.md section 4).
 *
 * <p>The nearest status word before the figure in its scope decides: {@code ước đạt}, {@code ước
 * tính}, {@code dự ước} (ESTIMATE) or {@code phấn đấu}, {@code mục tiêu}, {@code chỉ tiêu}, {@code
 * kế hoạch}, {@code đề ra}, {@code dự kiến} (TARGET). Words inside a closed bracket group are not
 * seen from outside it; a figure inside brackets looks inside first, then before the bracket back
 * to the previous figure. Without such a word the period decides: a period running on for more than
 * two months after the issue date (a resolution's {@code cả năm 2024} issued in July), or starting
 * after the latest day the document mentions, is a TARGET; otherwise the figure is ACTUAL ({@code
 * đạt}, {@code tăng}, {@code giảm}). A goal verb ({@code phấn đấu}) governs the later clauses of
 * its sentence, and targets named before {@code trong đó} govern the parts listed after it, also in
 * a sentence that opens with {@code Trong đó}. One resolver serves one document: it finds the words
 * {@code trong đó} of the document once, so a long sentence costs time in proportion to its length.
 * Immutable and thread-safe.
 */
final class StatusResolver {

  private static final List<String> TARGET_WORDS = ClauseWords.of(ClauseWords.Role.TARGET);

  /** The goal verb whose target status carries over to the later clauses of its sentence. */
  private static final String LIST_TARGET = "phấn đấu";

  /** What singles out the parts of what the words before it name ({@code trong đó}). */
  private static final String PARTS = "trong đó";

  private static final List<String> PLAN_OWNERS = List.of("giải ngân", "so với", "thực hiện");
  private static final List<String> PLAN_OBJECTS =
      List.of("đầu tư", "vốn", "số", "sử dụng", "thu", "chi", "giải ngân");
  private static final List<String> NOT_ESTIMATE_BEFORE =
      List.of("hương", "quy", "mong", "công", "hiệp", "giao", "điều", "khế", "thỏa", "cam", "ao");
  private static final List<String> NOT_ESTIMATE_AFTER =
      List.of("mơ", "muốn", "nguyện", "vọng", "gì", "mong", "hẹn");

  /** How long a period must run on after the issue date to be a target rather than a result. */
  private static final int OPEN_MONTHS = 2;

  private final String key;
  private final DocumentPeriods doc;

  /** Where each word {@code trong đó} of the key starts, in text order. */
  private final SpanIndex<Integer> parts;

  /**
   * Creates the resolver of one document.
   *
   * @param key the key of the document text
   * @param doc the document's periods
   */
  StatusResolver(String key, DocumentPeriods doc) {
    this.key = key;
    this.doc = doc;
    this.parts = SpanIndex.ofOffsets(wordStarts(key, PARTS));
  }

  /**
   * Returns the status of a figure.
   *
   * @param sentence the sentence holding the figure
   * @param scopeStart where the figure's clause scope starts
   * @param figure the figure's span
   * @param previousEnd the end of the previous figure in the sentence, or the sentence start
   * @param period the figure's period, or {@code null}
   */
  MetricStatus resolve(
      TextSpan sentence, int scopeStart, TextSpan figure, int previousEnd, DateValue period) {
    MetricStatus cue = cue(key, sentence, scopeStart, figure, previousEnd);
    if (cue == null && listTarget(sentence, scopeStart)) {
      cue = MetricStatus.TARGET;
    }
    return cue != null ? cue : byPeriod(period, doc);
  }

  private static List<Integer> wordStarts(String key, String word) {
    List<Integer> starts = new ArrayList<>();
    for (int i = key.indexOf(word); i >= 0; i = key.indexOf(word, i + 1)) {
      if (Clauses.wordEndsAt(key, i + word.length(), word)) {
        starts.add(i);
      }
    }
    return starts;
  }

  private static MetricStatus cue(
      String key, TextSpan sentence, int scopeStart, TextSpan figure, int previousEnd) {
    TextSpan group = Clauses.group(key, sentence, figure.start());
    if (group == null || group.start() < scopeStart) {
      return nearest(key, scopeStart, figure.start());
    }
    MetricStatus inside = nearest(key, group.start() + 1, figure.start());
    return inside != null ? inside : nearest(key, Math.max(scopeStart, previousEnd), group.start());
  }

  /**
   * Whether an earlier clause of the sentence opens a list of goals with {@code phấn đấu} ({@code
   * tỉnh phấn đấu GRDP tăng từ 12% trở lên; GRDP bình quân đầu người đạt trên 11.000 USD; ...}):
   * the verb governs every clause after it. Other status words belong to their own clause.
   */
  private boolean listTarget(TextSpan sentence, int scopeStart) {
    int from = Math.max(sentence.start(), scopeStart - Clauses.MAX_SCOPE);
    for (int end = scopeStart; end - LIST_TARGET.length() >= from; end--) {
      if (Clauses.wordEndsAt(key, end, LIST_TARGET)) {
        return true;
      }
    }
    return partsOfTargets(sentence.start(), scopeStart);
  }

  /**
   * Whether the figure's clause is one of the parts that {@code trong đó} singles out of targets
   * named before it ({@code Đảng bộ xã đã đề ra 18 chỉ tiêu cụ thể, trong đó, … thu nhập bình quân
   * đầu người đạt 75 triệu đồng}, also when a sentence opens with {@code Trong đó:}).
   */
  private boolean partsOfTargets(int from, int scopeStart) {
    Optional<Integer> last = parts.lastStartingBefore(scopeStart + 1);
    if (last.isEmpty() || last.get() < from) {
      return false;
    }
    int i = last.get();
    return nearest(key, Math.max(from, i - Clauses.MAX_SCOPE), i) == MetricStatus.TARGET;
  }

  /** The status word nearest before {@code to}, outside closed brackets, from {@code from}. */
  private static MetricStatus nearest(String key, int from, int to) {
    int depth = 0;
    for (int i = to; i > from; i--) {
      char c = key.charAt(i - 1);
      if (c == ')') {
        depth++;
      } else if (c == '(' && depth > 0) {
        depth--;
      } else if (depth == 0 && Character.isLetter(c)) {
        MetricStatus s = wordEndingAt(key, i);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  private static MetricStatus wordEndingAt(String key, int end) {
    if (Clauses.wordEndsAt(key, end, "ước") && estimate(key, end)) {
      return MetricStatus.ESTIMATE;
    }
    for (String w : TARGET_WORDS) {
      if (Clauses.wordEndsAt(key, end, w) && !planAsNoun(key, end - w.length(), end)) {
        return MetricStatus.TARGET;
      }
    }
    return null;
  }

  /**
   * {@code kế hoạch} naming a thing rather than a plan for the figure: the plan's capital ({@code
   * giải ngân kế hoạch đầu tư vốn}), a document ({@code Kế hoạch số 383-KH/TU}) or the base of a
   * comparison ({@code so với kế hoạch}).
   */
  private static boolean planAsNoun(String key, int start, int end) {
    if (!key.startsWith("kế hoạch", start)) {
      return false;
    }
    return Clauses.wordBefore(key, start, PLAN_OWNERS) != null
        || PLAN_OBJECTS.stream().anyMatch(o -> key.startsWith(" " + o, end));
  }

  private static boolean estimate(String key, int end) {
    int start = end - "ước".length();
    if (Clauses.wordBefore(key, start, NOT_ESTIMATE_BEFORE) != null) {
      return false;
    }
    for (String w : NOT_ESTIMATE_AFTER) {
      if (key.startsWith(" " + w, end)
          && !Character.isLetter(Clauses.charAt(key, end + 1 + w.length()))) {
        return false;
      }
    }
    return true;
  }

  private static MetricStatus byPeriod(DateValue period, DocumentPeriods doc) {
    if (period == null) {
      return MetricStatus.ACTUAL;
    }
    LocalDate issued = doc.issued();
    if (issued != null) {
      return period.end().isAfter(issued.plusMonths(OPEN_MONTHS))
          ? MetricStatus.TARGET
          : MetricStatus.ACTUAL;
    }
    LocalDate reference = doc.reference();
    return reference != null && period.start().isAfter(reference)
        ? MetricStatus.TARGET
        : MetricStatus.ACTUAL;
  }
}
