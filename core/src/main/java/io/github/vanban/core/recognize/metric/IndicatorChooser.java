package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import java.util.List;

/**
 * Picks the indicator a figure measures, if any, from the cues around it. In order of strength:
 *
 * <ol>
 *   <li>a cue that starts inside the figure's unit or spans the figure ({@code 258 hộ nghèo},
 *       {@code đón hơn 19 triệu lượt khách}), or a cue that is the figure's unit ({@code giường
 *       bệnh/1 vạn dân});
 *   <li>a cue right after a rate or a change ({@code tỷ lệ 97,15% cử tri tham gia bầu cử}, {@code
 *       giảm 50% hộ cận nghèo});
 *   <li>a cue right after a percentage that is the share of what the cue names ({@code 60% lượng
 *       nước thải sinh hoạt được thu gom và xử lý}, {@code đạt 90% các văn bản được trao đổi qua
 *       mạng}, {@code có 50% số trường đạt chuẩn quốc gia}), unless the percentage compares the
 *       subject before it with that total ({@code bằng 31,7% tổng vốn đầu tư đăng ký}, {@code đóng
 *       góp khoảng 40% thu ngân sách nội địa});
 *   <li>the nearest cue before the figure in its scope, passing over a cue that is the object of
 *       {@code vào} ({@code đóng góp của TFP vào tăng trưởng kinh tế}); not when an item of a list
 *       after the cue's own figure names another subject ({@code dịch vụ tăng 8,35%, thuế sản phẩm
 *       tăng 7,35%}).
 * </ol>
 *
 * A rule's indicator is taken only when the figure's unit fits it, else the next rule is tried (the
 * figure of {@code tỷ lệ tham gia bảo hiểm y tế đạt 93% dân số} is not a population); nothing is
 * bound in a sentence about economic structure ({@code cơ cấu kinh tế}), whose percentages are
 * shares, nor a threshold of a condition ({@code trường hợp dưới 70% thì}) or of the entities a
 * rule covers ({@code các xã có tỷ lệ hộ nghèo trên 30%}), nor the figure of a part a list item's
 * label names ({@code - KCN Đình Trám: Tổng vốn đầu tư thực hiện đạt 135 tỷ đồng}, {@link
 * PartLabels}). Stateless and thread-safe.
 */
final class IndicatorChooser {

  private static final List<String> RATE_WORDS = List.of("tỷ lệ", "tỉ lệ", "giảm", "tăng");
  private static final List<String> COMPLEMENT_WORDS = List.of("vào");
  private static final List<String> CONDITION_WORDS = List.of("trường hợp", "nếu");
  private static final List<String> DETERMINERS = List.of("các", "những");

  /** What may stand between a share and what it is a share of ({@code 50% số trường}). */
  private static final List<String> SHARE_DETERMINERS = List.of("các", "những", "số");

  private static final List<String> HAVING = List.of("có");

  /** The word of a comparison the figure may hold ({@code hơn 10%} of {@code nhỏ hơn 10%}). */
  private static final String THAN = "hơn";

  private static final List<String> COMPARISONS =
      List.of("nhỏ hơn", "lớn hơn", "cao hơn", "thấp hơn", "từ");

  /** How far before {@code có} a determiner marks the entities a rule covers ({@code các xã}). */
  private static final int ENTITY_REACH = 25;

  private static final List<String> ITEM_VERBS = List.of("tăng", "giảm", "đạt");

  /** What a percentage of a plan is measured against ({@code đạt 106,3% kế hoạch}). */
  private static final List<String> PLANS =
      List.of("kế hoạch", "kh", "dự toán", "mục tiêu", "chỉ tiêu", "nghị quyết");

  private static final String COMPARED_WITH = "so với";
  private static final String AND = "và";

  /** What opens the same indicator in another place after {@code và} ({@code tại các khu vực}). */
  private static final List<String> PLACES = List.of("tại", "ở", "đối với", "trên địa bàn");

  /** What singles out a part of the whole the cue's own figure measured ({@code trong đó}). */
  private static final String PART_OF_WHOLE = "trong đó";

  private static final List<String> NOT_SUBJECTS = ClauseWords.of(ClauseWords.Role.NOT_SUBJECT);
  private static final List<String> RATIO_WORDS =
      List.of(
          "bằng", "chiếm", "gấp", "tương đương", "so với", "khoảng", "của", "trong", "đóng góp");

  private IndicatorChooser() {}

  /** A chosen indicator and the span of its cue (the figure's span when the unit names it). */
  record Choice(Indicator indicator, TextSpan cue) {}

  static Choice choose(
      String key,
      SpanIndex<CueMatch> cues,
      IndicatorLexicon lexicon,
      Figure f,
      TextSpan sentence,
      int scopeStart) {
    Choice c = measuring(f, inside(cues, lexicon, f));
    if (c == null) {
      c = measuring(f, following(key, cues, f));
    }
    if (c == null) {
      c = measuring(f, share(key, cues, f));
    }
    if (c == null) {
      c = measuring(f, preceding(key, cues, f, scopeStart));
    }
    if (c == null
        || structure(key, sentence, c.cue().start())
        || condition(key, c.cue().end(), f.span().start())
        || entityThreshold(key, c.cue(), f)
        || ofPlan(key, f, c.indicator())
        || PartLabels.labelled(key, c.cue())) {
      return null;
    }
    return c;
  }

  /**
   * The choice when its indicator measures the figure, else null: a cue whose unit does not fit
   * ({@code đạt 93% dân số}, where {@code dân số} counts people) leaves the figure to the weaker
   * rules after it ({@code tỷ lệ tham gia bảo hiểm y tế}).
   */
  private static Choice measuring(Figure f, Choice c) {
    return c != null && c.indicator().measures(f) ? c : null;
  }

  private static Choice inside(SpanIndex<CueMatch> cues, IndicatorLexicon lexicon, Figure f) {
    TextSpan s = f.span();
    return cues.overlapping(s).stream()
        .findFirst()
        .map(m -> new Choice(m.indicator(), m.span()))
        .or(() -> lexicon.named(f.unit()).map(ind -> new Choice(ind, s)))
        .orElse(null);
  }

  private static Choice following(String key, SpanIndex<CueMatch> cues, Figure f) {
    if (Clauses.wordBefore(key, f.span().start(), RATE_WORDS) == null) {
      return null;
    }
    return adjacentCue(cues, f.span().end());
  }

  /** The cue that starts at {@code end} or one character after it, or null. */
  private static Choice adjacentCue(SpanIndex<CueMatch> cues, int end) {
    int i = cues.firstEndingAfter(end);
    if (i < cues.items().size()) {
      CueMatch m = cues.items().get(i);
      int gap = m.span().start() - end;
      if (gap >= 0 && gap <= 1) {
        return new Choice(m.indicator(), m.span());
      }
    }
    return null;
  }

  private static Choice share(String key, SpanIndex<CueMatch> cues, Figure f) {
    if (f.kind() != FigureKind.PERCENT
        || Clauses.wordBefore(key, f.span().start(), RATIO_WORDS) != null) {
      return null;
    }
    int end = f.span().end();
    for (String d : SHARE_DETERMINERS) {
      if (key.startsWith(" " + d + " ", end)) {
        end += d.length() + 1;
        break;
      }
    }
    return adjacentCue(cues, end);
  }

  private static Choice preceding(String key, SpanIndex<CueMatch> cues, Figure f, int scopeStart) {
    for (int i = cues.firstEndingAfter(f.span().start()) - 1; i >= 0; i--) {
      CueMatch m = cues.items().get(i);
      if (m.span().start() < scopeStart) {
        return null;
      }
      if (Clauses.wordBefore(key, m.span().start(), COMPLEMENT_WORDS) == null) {
        return otherSubject(key, m.span().end(), f.span().start())
            ? null
            : new Choice(m.indicator(), m.span());
      }
    }
    return null;
  }

  /**
   * Whether the list item holding the figure names a subject of its own: after the cue, a figure
   * and a comma, semicolon, {@code và} or a bracket opening with a part, the words before the
   * figure are a subject and a verb ({@code thuế sản phẩm tăng}), not a verb alone ({@code , tăng
   * 15%}) nor a time ({@code , năm 2024 tăng}). A part that {@code trong đó} singles out is such a
   * subject too ({@code , trong đó kinh tế nhà nước ước đạt 33,8 tỷ đồng}, {@code (trong đó đào tạo
   * nghề đạt 40%)}): a part of the whole, which a cue of its own would have named.
   */
  private static boolean otherSubject(String key, int cueEnd, int figureStart) {
    int comma =
        Math.max(
            Math.max(
                lastBetween(key, ",", cueEnd, figureStart),
                lastBetween(key, ";", cueEnd, figureStart)),
            Math.max(
                partInBrackets(key, cueEnd, figureStart), andBefore(key, cueEnd, figureStart)));
    if (comma < cueEnd || !hasDigit(key, cueEnd, comma)) {
      return false;
    }
    String verb = Clauses.wordBefore(key, figureStart, ITEM_VERBS);
    if (verb == null) {
      return false;
    }
    int verbEnd = figureStart;
    while (verbEnd > comma + 1 && figureStart - verbEnd < 2 && key.charAt(verbEnd - 1) == ' ') {
      verbEnd--;
    }
    String subject = key.substring(comma + 1, Math.max(comma + 1, verbEnd - verb.length())).strip();
    if (subject.startsWith(PART_OF_WHOLE)) {
      subject = subject.substring(PART_OF_WHOLE.length()).replaceFirst("^[:\\s]+", "");
    }
    return subject.chars().anyMatch(Character::isLetter)
        && subject.chars().noneMatch(Character::isDigit)
        && NOT_SUBJECTS.stream().noneMatch(subject::startsWith);
  }

  /**
   * The opening bracket of the item holding the figure when a part of the whole opens it ({@code
   * (trong đó đào tạo nghề đạt 40%)}), else -1: a bracket that names the cue again ({@code (GRDP)})
   * separates nothing.
   */
  private static int partInBrackets(String key, int cueEnd, int figureStart) {
    int open = lastBetween(key, "(", cueEnd, figureStart);
    if (open < 0) {
      return -1;
    }
    boolean closedBefore = lastBetween(key, ")", open, figureStart) >= 0;
    return !closedBefore && key.startsWith(PART_OF_WHOLE, open + 1) ? open : -1;
  }

  /**
   * The space after the last {@code và} between the cue and the figure, or -1: {@code bảo hiểm y tế
   * 97% trở lên và đặc biệt chỉ số hạnh phúc đạt 72,5%} joins two items, while {@code đô thị đạt
   * trên 99% và tại các khu vực nông thôn đạt 90%} gives the same indicator in another place.
   */
  private static int andBefore(String key, int cueEnd, int figureStart) {
    int and = lastBetween(key, " " + AND + " ", cueEnd, figureStart);
    if (and < 0) {
      return -1;
    }
    int next = and + AND.length() + 2;
    return PLACES.stream().anyMatch(p -> key.startsWith(p + " ", next)) ? -1 : next - 1;
  }

  /**
   * The last start of {@code part} in {@code [from, before)}, or -1: the searches between a cue and
   * its figure stop at the cue, so a long sentence costs time in proportion to its length.
   */
  private static int lastBetween(String key, String part, int from, int before) {
    for (int i = Math.min(before - 1, key.length() - part.length()); i >= from; i--) {
      if (key.startsWith(part, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasDigit(String key, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A sentence about economic structure: its percentages are shares, not indicator values. */
  private static boolean structure(String key, TextSpan sentence, int before) {
    int from = Math.max(sentence.start(), before - Clauses.MAX_SCOPE);
    String head = key.substring(from, Math.max(from, before));
    for (int i = head.indexOf("cơ cấu"); i >= 0; i = head.indexOf("cơ cấu", i + 1)) {
      if (!head.startsWith("cơ cấu lại", i)) {
        return true;
      }
    }
    return false;
  }

  /** A threshold in a condition ({@code trường hợp dưới 70% thì ...}) is no indicator value. */
  private static boolean condition(String key, int cueEnd, int figureStart) {
    if (cueEnd >= figureStart) {
      return false;
    }
    String between = key.substring(cueEnd, figureStart);
    return CONDITION_WORDS.stream().anyMatch(w -> containsWord(between, w));
  }

  /**
   * A bound that picks out the entities a rule covers: the cue is what entities named with a
   * determiner have ({@code các xã có tỷ lệ hộ nghèo}) and a bound or range follows it with no verb
   * between ({@code trên 30%}, {@code từ 10 đến 30%}, {@code nhỏ hơn 10%}), so it is a threshold,
   * not a value the indicator reached.
   */
  private static boolean entityThreshold(String key, TextSpan cue, Figure f) {
    String having = Clauses.wordBefore(key, cue.start(), HAVING);
    if (having == null || cue.end() > f.span().start()) {
      return false;
    }
    String between = key.substring(cue.end(), f.span().start()).strip();
    if (key.startsWith(THAN, f.span().start())) {
      between = (between + " " + THAN).strip();
    }
    boolean bound = f.qualifier() != null || f.max() != null || !between.isEmpty();
    if (!bound || !(between.isEmpty() || COMPARISONS.contains(between))) {
      return false;
    }
    int hasAt = key.lastIndexOf(having, cue.start());
    String before = key.substring(Math.max(0, hasAt - ENTITY_REACH), Math.max(0, hasAt));
    return DETERMINERS.stream().anyMatch(d -> containsWord(before, d));
  }

  /**
   * A percentage of a plan ({@code ước thu 50 tỷ đồng đạt 106,3% kế hoạch}, {@code bằng 44,2% dự
   * toán}, {@code đạt 121% so với mục tiêu}) says how far the plan was met, not the indicator's
   * value; only an indicator that is itself such a rate ({@code tỷ lệ giải ngân}, measured in
   * percent alone) takes it.
   */
  private static boolean ofPlan(String key, Figure f, Indicator indicator) {
    if (f.kind() != FigureKind.PERCENT || indicator.units().stream().allMatch("%"::equals)) {
      return false;
    }
    int i = f.span().end();
    while (i < key.length() && key.charAt(i) == ' ') {
      i++;
    }
    if (key.startsWith(COMPARED_WITH + " ", i)) {
      i += COMPARED_WITH.length() + 1;
    }
    for (String plan : PLANS) {
      if (key.startsWith(plan, i)
          && !Character.isLetterOrDigit(Clauses.charAt(key, i + plan.length()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String s, String w) {
    for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
      if (Clauses.wordEndsAt(s, i + w.length(), w)) {
        return true;
      }
    }
    return false;
  }
}
